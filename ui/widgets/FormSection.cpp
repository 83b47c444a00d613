#include "widgets/FormSection.h"

#include <QFormLayout>

FormSection::FormSection(const QString &title, const QString &objectName, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(objectName);
    // A title over a line rather than a box: the frame and its padding took the room a
    // narrow form needs for its fields (at 1024 px the Russian rows did not fit).
    setFlat(true);
    m_rows = new QFormLayout(this);
    m_rows->setContentsMargins(0, m_rows->contentsMargins().top(), 0, m_rows->contentsMargins().bottom());
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
}
