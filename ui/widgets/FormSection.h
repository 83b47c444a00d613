#pragma once

#include <QGroupBox>

class QFormLayout;

// A titled group of form rows. On a narrow form the labels go above their fields
// instead of pushing the fields past the right edge.
class FormSection : public QGroupBox
{
    Q_OBJECT

public:
    FormSection(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    QFormLayout *rows() const { return m_rows; }

private:
    QFormLayout *m_rows = nullptr;
};
