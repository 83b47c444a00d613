#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QWidget>

class QLabel;
class QLayout;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

// ERA `periods`: an array whose item structure is not documented. Every item is kept
// exactly as received (unknown keys, non-object items); objects are edited as
// key/value pairs, and the whole array can be edited as JSON text.
class PeriodsEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QJsonArray periods READ periods WRITE setPeriods NOTIFY periodsEdited USER true)

public:
    explicit PeriodsEditor(QWidget *parent = nullptr);

    QJsonArray periods() const { return m_periods; }
    // Does not emit periodsEdited.
    void setPeriods(const QJsonArray &periods);
    // The raw JSON was edited and neither applied nor reverted.
    bool hasUnappliedJson() const;
    // Applies the raw JSON as the Apply button does; false (the reason shown) if it is
    // not a JSON array.
    bool applyPendingJson();

    // The list label of an item: "day=mon, from=08:00, to=17:00", "Period 3 (empty)",
    // or the raw JSON of an item that is not an object. index counts from 0.
    static QString summary(const QJsonValue &item, int index);
    // A value as shown in a cell: strings as they are, anything else as compact JSON.
    static QString valueText(const QJsonValue &value);
    // What a typed cell text means: a JSON number, true/false, null, object or array
    // when it is one; otherwise the text itself as a string.
    static QJsonValue valueFromText(const QString &text);

signals:
    // Once per committed user change; never from setPeriods.
    void periodsEdited(const QJsonArray &periods);

private:
    QLayout *createListColumn();
    QLayout *createKeysColumn();
    QWidget *createJsonPane();
    void layOut(QSplitter *splitter, QWidget *structured, QWidget *rawPane);
    void setTabOrders();
    void connectControls();
    QToolButton *makeButton(const QString &objectName, const QString &text, const QString &toolTip);
    // Replaces the array, refreshes the views and emits, unless nothing changed.
    bool commit(const QJsonArray &periods, int selectRow);
    void rebuildList(int currentRow);
    void rebuildTable();
    void refreshJsonText(bool force);
    void updateButtons();
    void showMessage(const QString &message);

    void addPeriod();
    void removePeriod();
    void addKey();
    void removeKey();
    void applyJson();
    void revertJson();
    void onCellChanged(QTableWidgetItem *item);
    void renameKey(QTableWidgetItem *keyItem);
    void changeValue(QTableWidgetItem *valueItem);
    void dropPendingRows();

    int currentPeriod() const;
    QString keyOfRow(int row) const;
    bool isPendingRow(int row) const;

    QJsonArray m_periods; // the truth; the views are rebuilt from it
    QListWidget *m_list = nullptr;
    QToolButton *m_addPeriodButton = nullptr;
    QToolButton *m_removePeriodButton = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_addKeyButton = nullptr;
    QToolButton *m_removeKeyButton = nullptr;
    QLabel *m_itemNote = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_applyJsonButton = nullptr;
    QPushButton *m_revertJsonButton = nullptr;
    QLabel *m_jsonError = nullptr;
    bool m_updating = false;
};
