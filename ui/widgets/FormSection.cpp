#include "widgets/FormSection.h"

#include <QFormLayout>

FormSection::FormSection(const QString &title, const QString &objectName, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(objectName);
    m_rows = new QFormLayout(this);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
}
