#pragma once

// What the editor widget tests share: one widget in a window of its own (WidgetHost) at
// the size the scenarios were written for, a local time zone away from UTC, and typing
// into the editor that has the focus as a keyboard user does.

#include "GuiActions.h"
#include "WidgetHost.h"

#include "domain/Duration.h"
#include "widgets/DurationEdit.h"
#include "widgets/PeriodsEditor.h"
#include "widgets/StringListEdit.h"
#include "widgets/UtcDateTimeEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QVBoxLayout>
#include <QtTest>

#include <ctime>
#include <limits>

Q_DECLARE_METATYPE(std::optional<qint64>)

using GuiTest::child;

// The size these scenarios were written for.
inline const QSize kHostSize(700, 600);

inline const QDateTime utc0800(QDate(2019, 2, 20), QTime(8, 0), Qt::UTC);

QLineEdit *focusedLineEdit();
// Replaces the text of the editor that has the focus, presses Enter and waits for
// the editor to close.
void typeAndEnter(const QString &text);

class WidgetsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
};
