#pragma once

#include "domain/Recurrence.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class ExceptionBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QLocale;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

// Edits the recurrence of a task series (docs/api-contract.md §2.2): the RRULE and the EXDATE list.
//
// Simple rules (every N days/weeks/months/years, weekdays for a weekly rule, an end date
// or a count) are edited with the controls; any rule can be typed as text in the
// "Custom rule" field, which always shows the rule. Rules the controls cannot represent
// leave them disabled and are edited as text only. A preview says what the rule means in
// plain language, how far the series has got (started, ended), and lists the last
// occurrences, greyed, and the next ones (local time), exceptions crossed out.
//
// recurrenceEdited is emitted once per committed user change, only with valid strings
// that differ from the last ones. Nothing is emitted for programmatic changes.
class RecurrenceEditor : public QWidget
{
    Q_OBJECT

public:
    // How many upcoming occurrences the preview lists.
    static constexpr int PreviewCount = 5;
    // How many past occurrences it lists before them.
    static constexpr int PastPreviewCount = 2;
    // Data role of the preview rows: true for an occurrence removed by an exception.
    static constexpr int SkippedRole = Qt::UserRole + 1;
    // Data role of the preview rows: true for an occurrence before "now".
    static constexpr int PastRole = Qt::UserRole + 2;
    // Data role of the preview and exception rows: the instant as a UTC QDateTime.
    static constexpr int InstantRole = Qt::UserRole;

    explicit RecurrenceEditor(QWidget *parent = nullptr);

    // DTSTART of the preview (any time spec; used in UTC). Refreshes the preview only.
    void setStart(const QDateTime &utcStart);
    QDateTime start() const { return m_start; }

    // "Now" for the preview: what is before it is past, the rest upcoming. An invalid
    // value (the default) means the current time.
    void setReferenceTime(const QDateTime &now);

    // The strings of the series (rule without "RRULE:"; comma-separated EXDATEs). Kept
    // exactly as given until the user changes something. Emits nothing. An invalid rule
    // is shown as text with its error.
    void setRecurrence(const QString &rule, const QString &exceptions);
    QString rule() const { return m_rule; }
    QString exceptions() const { return m_exceptions; }

    // True while the text field holds a rule that was refused (or the given one is invalid).
    bool hasError() const;

signals:
    void recurrenceEdited(const QString &rule, const QString &exceptions);

private:
    enum class EndMode { Never, OnDate, AfterCount };

    void createFrequencyControls();
    void createWeekdayRow(const QLocale &locale);
    void createEndRow();
    QVBoxLayout *createRuleColumn();
    void createExceptionBox(int rowHeight);
    void createPreview(int rowHeight);
    void layOutForm(QVBoxLayout *ruleColumn);
    void setTabOrders(const QLocale &locale);
    void connectControls();
    QToolButton *weekdayInWeekOrder(const QLocale &locale, int position) const;

    void onFrequencyActivated(int index);
    void onEndActivated(int index);
    void onRuleEditingFinished();
    void onRuleTextEdited();
    void addException();
    void addExceptionAt(const QDateTime &utc);
    void removeExceptions();
    void onOccurrenceActivated(QListWidgetItem *item);
    void onOccurrenceSelected();

    // Builds the rule from the simple controls and commits it.
    void commitControls();
    // Commits new strings: refuses invalid ones (showing why), ignores unchanged ones.
    void commit(const QString &rule, const QString &exceptions);
    void showError(const QString &message);

    Recurrence::Frequency chosenFrequency() const;
    EndMode chosenEnd() const;
    QList<Qt::DayOfWeek> chosenWeekdays() const;
    QDateTime defaultUntil() const;
    QDateTime referenceTime() const;

    // Shows m_recurrence (and m_rule) in the controls; emits nothing.
    void updateControls();
    void updateEnabled();
    void updateUnitLabel();
    void updatePreview();

    QComboBox *m_frequency = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_unit = nullptr;
    QWidget *m_weekdayRow = nullptr;
    QList<QToolButton *> m_weekdayButtons; // index = Qt::DayOfWeek - 1
    QComboBox *m_end = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_countLabel = nullptr;
    QLineEdit *m_ruleEdit = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_customNote = nullptr;
    QListWidget *m_exceptionList = nullptr;
    QDateTimeEdit *m_exceptionEdit = nullptr;
    QToolButton *m_addException = nullptr;
    QToolButton *m_removeException = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_history = nullptr;
    QListWidget *m_occurrences = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_intervalRow = nullptr;
    QWidget *m_endRow = nullptr;
    ExceptionBox *m_exceptionBox = nullptr;

    QString m_rule;              // committed strings: what the outside world last saw
    QString m_exceptions;
    std::optional<Recurrence> m_recurrence; // m_rule/m_exceptions parsed; none when invalid
    QDateTime m_untilValue;      // UTC; kept while "Never"/"After" is chosen
    QDateTime m_start;           // UTC
    QDateTime m_reference;       // UTC or invalid = now
    bool m_customMode = false;   // "Custom rule" chosen: the controls stay out of the way
    bool m_updating = false;
    bool m_exceptionEdited = false; // the user set the exception date: keep it
};
