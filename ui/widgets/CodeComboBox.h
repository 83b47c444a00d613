#pragma once

#include "domain/EnumCatalog.h"

#include <QComboBox>

// An editable combo for an enumerated code (site mode, schedule, priority, action
// type): the known codes are listed with their meaning, and any other code the user
// types, or the record already has, is kept as it is.
class CodeComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeEdited USER true)

public:
    explicit CodeComboBox(const QVector<EnumCatalog::Entry> &entries, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);

signals:
    // The user picked or typed a different code (not emitted by setCode).
    void codeEdited(const QString &code);

private:
    void commit();
    void showStart();

    QString m_lastCode;
};
