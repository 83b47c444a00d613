// The conflict dialog's edit cell: Enter commits the typed value and does
// not press Apply with the old one; closing with an edited value not applied asks.
// A conflict is made offline: a synced record edited here and "pulled" changed.
#include "TemporaryDatabase.h"
#include "TestSupport.h"

#include "Confirmation.h"
#include "i18n/Translator.h"
#include "storage/Workspace.h"
#include "sync/ConflictDialog.h"
#include "sync/RemoteChangeWriter.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <memory>

namespace {
const QString kUuidA = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
}

class TestConflictEdit : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_db{QStringLiteral("conflict")};
    std::unique_ptr<Workspace> m_ws;
    qint64 m_id = 0;
    QStringList m_asked;
    bool m_answer = false;

    // Record A in conflict on its name: "Mine name" here, "Their name" on the server.
    bool openConflict()
    {
        if (!m_db.createSeeded(TestSupport::dataPath(QStringLiteral("import-both.json"))))
            return false;
        m_ws = m_db.reopen();
        if (!m_ws)
            return false;
        ServiceTaskStore &store = m_ws->serviceTasks();
        m_id = store.localIdForUuid(kUuidA).value_or(0);
        const auto synced = store.get(m_id);
        if (!synced || !store.markSynced(m_id, synced->revision, synced->local))
            return false;
        ServiceTask mine = synced->local;
        mine.name = QStringLiteral("Mine name");
        if (!store.saveLocal(m_id, mine))
            return false;
        ServiceTask theirs = synced->local;
        theirs.name = QStringLiteral("Their name");
        return RemoteChangeWriter::applyPulled(store, m_id, theirs) && store.get(m_id)->state == SyncState::Conflict;
    }

    static QLineEdit *openEditValue(ConflictDialog *dialog, int row)
    {
        QTableWidget *table = dialog->fieldTable();
        table->setFocus();
        table->selectRow(row);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("editValueButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([table] { return table->viewport()->findChild<QLineEdit *>() != nullptr; }, 2000))
            return nullptr;
        return table->viewport()->findChild<QLineEdit *>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_db.isValid());
    }

    void init()
    {
        m_asked.clear();
        m_answer = false;
        Confirmation::setHandler([this](QWidget *, const QString &, const QString &text) {
            m_asked << text;
            return m_answer;
        });
    }

    void cleanup()
    {
        Confirmation::setHandler({});
        m_ws.reset();
    }

    // Enter commits the typed value; a second Enter (or Apply) applies it.
    void enterCommitsTheEditedValue()
    {
        QVERIFY(openConflict());
        ConflictDialog dialog(*m_ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.recordCount(), 1);
        const int row = dialog.fieldRow(QStringLiteral("name"));
        QVERIFY(row >= 0);
        QLineEdit *editor = openEditValue(&dialog, row);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Merged name"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Committed, not applied: the record is still in conflict, the value on show.
        QCOMPARE(dialog.fieldTable()->item(row, ConflictDialog::ResultColumn)->text(), QStringLiteral("Merged name"));
        QCOMPARE(dialog.recordCount(), 1);
        QCOMPARE(m_ws->serviceTasks().get(m_id)->state, SyncState::Conflict);
        QTest::qWait(50);
        QCOMPARE(dialog.recordCount(), 1);
        QCOMPARE(m_ws->serviceTasks().get(m_id)->local.name, QStringLiteral("Mine name"));

        // Enter again, now on the table: the default button applies the edited value.
        QTRY_VERIFY(!dialog.fieldTable()->viewport()->findChild<QLineEdit *>()
                    || !dialog.fieldTable()->viewport()->findChild<QLineEdit *>()->isVisible());
        QTest::keyClick(dialog.fieldTable(), Qt::Key_Return);
        QTRY_COMPARE(m_ws->serviceTasks().get(m_id)->local.name, QStringLiteral("Merged name"));
        QCOMPARE(m_ws->serviceTasks().get(m_id)->state, SyncState::Modified);
        QVERIFY(m_asked.isEmpty());
    }

    // Escape with an edited value not applied asks; "No" keeps the dialog and the value.
    void escapeWithAnUnappliedEditAsks()
    {
        QVERIFY(openConflict());
        ConflictDialog dialog(*m_ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int row = dialog.fieldRow(QStringLiteral("name"));
        QLineEdit *editor = openEditValue(&dialog, row);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Merged name"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(dialog.fieldTable()->item(row, ConflictDialog::ResultColumn)->text(), QStringLiteral("Merged name"));

        m_answer = false;
        QTest::keyClick(dialog.fieldTable(), Qt::Key_Escape);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.fieldTable()->item(row, ConflictDialog::ResultColumn)->text(), QStringLiteral("Merged name"));

        m_answer = true;
        QTest::keyClick(dialog.fieldTable(), Qt::Key_Escape);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_ws->serviceTasks().get(m_id)->state, SyncState::Conflict);
    }
};

QTEST_MAIN(TestConflictEdit)
#include "tst_conflictedit.moc"
