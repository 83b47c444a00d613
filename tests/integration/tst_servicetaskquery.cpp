// What the table finds and in which order: search in SQL (trigram index and the
// short-text fallback), sorting, and the change sets behind undo and redo.
#include "edit/ServiceTaskChange.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "storage/RecordQuery.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "sync/RemoteChangeWriter.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

ServiceTask task(const QString &name, const QString &script = QString(), const QString &title = QString(),
                 const QString &comment = QString())
{
    ServiceTask t;
    t.name = name;
    t.scriptCode = script;
    t.setTitle(title);
    t.setComment(comment);
    return t;
}

} // namespace

class TestServiceTaskQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_path;

    // `count` tasks "Обзвон 0", "Обзвон 1"…, every seventh deleted (synced, then
    // removed) and the sixth in conflict. Intervals repeat, so sorting by them needs
    // the id to break ties.
    void addCalls(int count)
    {
        ServiceTaskStore &s = m_ws->serviceTasks();
        for (int i = 0; i < count; ++i) {
            ServiceTask t = task(QStringLiteral("Обзвон %1").arg(i), i % 2 ? QStringLiteral("dialByCallList") : QString(),
                                 QStringLiteral("Call %1").arg(i));
            t.intervalSec = 60 * (i * 7 % 5);
            const qint64 id = *s.create(t);
            const StoredServiceTask stored = *s.get(id);
            if (i % 7 == 3 || i == 5)
                QVERIFY(s.markSynced(id, stored.revision, stored.local));
            if (i % 7 == 3) {
                QVERIFY(s.remove(id));
            } else if (i == 5) {
                t = stored.local;
                t.setComment(QStringLiteral("edited here"));
                QVERIFY(s.saveLocal(id, t));
                QVERIFY(RemoteChangeWriter::applyRemoteDelete(s, id));
                QCOMPARE(s.get(id)->state, SyncState::Conflict);
            }
        }
    }

    QStringList namesFor(const QString &text, const QString &sortKey = QStringLiteral("name_key"), bool descending = false)
    {
        ServiceTaskQuery query(m_ws->database());
        QStringList names;
        for (const StoredServiceTask &r : m_ws->serviceTasks().getMany(query.ids({text, false}, sortKey, descending)))
            names.append(r.local.name);
        names.sort(); // getMany has no order; the order is checked separately
        return names;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>();
        static int counter = 0; // a fresh file for every test and every data row
        m_path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++counter));
        QVERIFY(m_ws->open(m_path));
        ServiceTaskStore &s = m_ws->serviceTasks();
        QVERIFY(s.create(task(QStringLiteral("Обзвон должников"), QStringLiteral("dialByCallList"))));
        QVERIFY(s.create(task(QStringLiteral("Очистка ежедневная"), QStringLiteral("cleardata"), QStringLiteral("Ночная"))));
        QVERIFY(s.create(task(QStringLiteral("report"), QStringLiteral("report"), QString(), QStringLiteral("100% done_ok \"quoted\""))));
        QVERIFY(s.create(task(QStringLiteral("ёлка"), QString(), QString(), QStringLiteral("AND OR NOT *"))));
    }

    void cleanup() { m_ws.reset(); }

    void searchesEveryTextFieldIgnoringCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name, other case") << QStringLiteral("ОБЗВОН") << QStringList{QStringLiteral("Обзвон должников")};
        QTest::newRow("script code") << QStringLiteral("cleardat") << QStringList{QStringLiteral("Очистка ежедневная")};
        QTest::newRow("title") << QStringLiteral("ночн") << QStringList{QStringLiteral("Очистка ежедневная")};
        QTest::newRow("comment") << QStringLiteral("done") << QStringList{QStringLiteral("report")};
        QTest::newRow("one letter, Cyrillic upper") << QStringLiteral("Ч") << QStringList{QStringLiteral("Очистка ежедневная")};
        QTest::newRow("two letters") << QStringLiteral("об") << QStringList{QStringLiteral("Обзвон должников")};
        QTest::newRow("percent is literal") << QStringLiteral("0%") << QStringList{QStringLiteral("report")};
        QTest::newRow("underscore is literal") << QStringLiteral("e_o") << QStringList{QStringLiteral("report")};
        QTest::newRow("quotes are literal") << QStringLiteral("\"quoted\"") << QStringList{QStringLiteral("report")};
        QTest::newRow("operators are literal") << QStringLiteral("and or") << QStringList{QStringLiteral("ёлка")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
        QTest::newRow("empty shows all") << QString()
            << QStringList{QStringLiteral("report"), QStringLiteral("ёлка"), QStringLiteral("Обзвон должников"),
                           QStringLiteral("Очистка ежедневная")};
    }

    void searchesEveryTextFieldIgnoringCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        names.sort();
        QCOMPARE(namesFor(text), names);
    }

    void searchFollowsEdits()
    {
        ServiceTaskStore &s = m_ws->serviceTasks();
        const qint64 id = *s.localIdForUuid(s.all().first().local.id);
        ServiceTask t = s.get(id)->local;
        t.setComment(QStringLiteral("перезвонить завтра"));
        QVERIFY(s.saveLocal(id, t));
        QCOMPARE(namesFor(QStringLiteral("завтра")), QStringList{t.name});
        QVERIFY(s.remove(id)); // never synced: gone
        QVERIFY(namesFor(QStringLiteral("завтра")).isEmpty());
    }

    // A search of one or two letters (no trigram index) finds what the table holds after
    // every kind of write (here, in another process, and a write rolled back), in any
    // case, ё and Ё alike: anything kept to speed it up must follow all of them.
    void shortSearchFollowsEveryWrite()
    {
        ServiceTaskStore &s = m_ws->serviceTasks();
        const ServiceTaskQuery query(m_ws->database());
        auto names = [&](const QString &text) {
            QStringList found;
            for (const StoredServiceTask &r : s.getMany(query.ids({text, false}, QString(), false)))
                found.append(r.local.name);
            found.sort();
            return found;
        };
        QCOMPARE(names(QStringLiteral("Ё")), QStringList{QStringLiteral("ёлка")});
        const QVector<qint64> treeOnly = query.ids({QStringLiteral("ё"), false}, QString(), false);
        const qint64 hedgehog = *s.create(task(QStringLiteral("ЁЖИК")));
        const QStringList both{QStringLiteral("ЁЖИК"), QStringLiteral("ёлка")};
        QCOMPARE(names(QStringLiteral("ё")), both);
        QCOMPARE(names(QStringLiteral("Ёж")), QStringList{QStringLiteral("ЁЖИК")});
        QCOMPARE(names(QStringLiteral("еж")), QStringList{QStringLiteral("Очистка ежедневная")}); // е is not ё
        QCOMPARE(names(QStringLiteral("rE")), QStringList{QStringLiteral("report")});

        ServiceTask renamed = s.get(hedgehog)->local;
        renamed.name = QStringLiteral("Ежик");
        QVERIFY(s.saveLocal(hedgehog, renamed));
        QCOMPARE(names(QStringLiteral("ё")), QStringList{QStringLiteral("ёлка")});
        {
            Transaction tx(m_ws->database());
            QVERIFY(s.create(task(QStringLiteral("ёрш"))));
            QCOMPARE(names(QStringLiteral("ё")).size(), 2);
            tx.rollback();
        }
        // The ids, not the records read by them: a rolled back id reads as nothing.
        QCOMPARE(query.ids({QStringLiteral("ё"), false}, QString(), false), treeOnly);

        Workspace other;
        QVERIFY(other.open(m_path));
        QVERIFY(other.serviceTasks().create(task(QStringLiteral("Ёрш"))));
        QCOMPARE(names(QStringLiteral("ё")), (QStringList{QStringLiteral("Ёрш"), QStringLiteral("ёлка")}));
        QVERIFY(s.remove(hedgehog));
        QVERIFY(names(QStringLiteral("жи")).isEmpty());
    }

    void sortsByAnyColumnBothWays()
    {
        ServiceTaskQuery query(m_ws->database());
        auto ordered = [&](const QString &key, bool descending) {
            QStringList names;
            for (qint64 id : query.ids({}, key, descending))
                names.append(m_ws->serviceTasks().get(id)->local.name);
            return names;
        };
        // Case-insensitive, Unicode-aware: "Очистка" after "Обзвон", "report" before Cyrillic.
        QCOMPARE(ordered(QStringLiteral("name_key"), false),
                 (QStringList{QStringLiteral("report"), QStringLiteral("ёлка"), QStringLiteral("Обзвон должников"),
                              QStringLiteral("Очистка ежедневная")}));
        QStringList reversed = ordered(QStringLiteral("name_key"), false);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(ordered(QStringLiteral("name_key"), true), reversed);
        QCOMPARE(ordered(QStringLiteral("svcscriptcode"), false).first(), QStringLiteral("ёлка")); // empty code first
        // An unknown key cannot inject SQL: it falls back to the insertion order.
        QCOMPARE(ordered(QStringLiteral("name; DROP TABLE svctask"), false).size(), 4);
        QCOMPARE(m_ws->serviceTasks().count(), 4);
    }

    // Whether a search matches a few rows or nearly all of them, with one letter or
    // three (each is answered by a different plan), the table shows exactly the rows
    // holding the text, in the order it is sorted by, and never a deleted one.
    void searchKeepsTheSortOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one letter, nearly every row") << QStringLiteral("о");
        QTest::newRow("two letters, one row") << QStringLiteral("18");
        QTest::newRow("three letters, nearly every row") << QStringLiteral("ОБЗ");
        QTest::newRow("three letters, a few rows") << QStringLiteral("call 1");
        QTest::newRow("no row") << QStringLiteral("zzz");
    }

    void searchKeepsTheSortOrder()
    {
        QFETCH(QString, text);
        addCalls(60);
        ServiceTaskStore &s = m_ws->serviceTasks();
        auto holdsText = [&](qint64 id) {
            const ServiceTask t = s.get(id)->local;
            return QStringList{t.name, t.scriptCode, t.title(), t.comment()}.join(QLatin1Char('\n'))
                .contains(text, Qt::CaseInsensitive);
        };
        ServiceTaskQuery query(m_ws->database());
        for (const QString &key : {QString(), QStringLiteral("name_key"), QStringLiteral("intervalsec"),
                                   QStringLiteral("svcscriptcode"), QStringLiteral("sync_state")}) {
            for (const bool descending : {false, true}) {
                const QVector<qint64> shown = query.ids({}, key, descending);
                QCOMPARE(shown.size(), s.count());
                if (key.isEmpty()) // unsorted: in the order the records were made
                    QVERIFY(std::is_sorted(shown.begin(), shown.end(), [&](qint64 a, qint64 b) { return descending ? a > b : a < b; }));
                QVector<qint64> expected, conflicts;
                for (qint64 id : shown) {
                    if (!holdsText(id))
                        continue;
                    expected.append(id);
                    if (s.get(id)->state == SyncState::Conflict)
                        conflicts.append(id);
                }
                QCOMPARE(query.ids({text, false}, key, descending), expected);
                QCOMPARE(query.ids({text, true}, key, descending), conflicts);
            }
        }
    }

    void deletedRecordsAreNotListed()
    {
        ServiceTaskStore &s = m_ws->serviceTasks();
        const StoredServiceTask first = s.all().first();
        QVERIFY(s.markSynced(first.localId, first.revision, first.local));
        QVERIFY(s.remove(first.localId));
        QVERIFY(!namesFor(QString()).contains(first.local.name));
        QCOMPARE(s.count(true), 4);
    }

    void changeSetsUndoAndRedo()
    {
        ServiceTaskStore &s = m_ws->serviceTasks();
        const StoredServiceTask synced = s.all().first();
        QVERIFY(s.markSynced(synced.localId, synced.revision, synced.local));
        ServiceTask created = task(QStringLiteral("created"));
        created.id = QStringLiteral("6b1c1a3e-3f0e-4c39-9d2b-0b9c6d1f2a10");
        ServiceTask edited = s.all().at(1).local;
        const ServiceTask editedBefore = edited;
        edited.isEnabled = true;
        const QVector<ServiceTaskChange> changes{
            {std::nullopt, created}, {editedBefore, edited}, {synced.local, std::nullopt}};
        QString error;
        QVERIFY2(ServiceTaskChangeSet::apply(s, changes, true, &error), qPrintable(error));
        QVERIFY(s.localIdForUuid(created.id));
        QVERIFY(s.get(*s.localIdForUuid(edited.id))->local.isEnabled);
        QCOMPARE(s.get(synced.localId)->state, SyncState::Deleted);

        QVERIFY2(ServiceTaskChangeSet::apply(s, changes, false, &error), qPrintable(error));
        QVERIFY(!s.localIdForUuid(created.id));
        QVERIFY(!s.get(*s.localIdForUuid(edited.id))->local.isEnabled);
        QCOMPARE(s.get(synced.localId)->state, SyncState::Clean); // back as it was on the server

        QVERIFY(ServiceTaskChangeSet::apply(s, changes, true, &error));
        QCOMPARE(s.get(*s.localIdForUuid(created.id))->local.name, QStringLiteral("created"));
    }

    void modelFollowsTheStoreUnderTheTester()
    {
        ServiceTaskTableModel model(m_ws->serviceTasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        model.sort(ServiceTaskTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ServiceTaskTableModel::Name).data().toString(), QStringLiteral("Очистка ежедневная"));
        QPersistentModelIndex kept = model.index(0, ServiceTaskTableModel::Name);
        model.sort(ServiceTaskTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(kept.row(), 3); // selections follow their rows through a sort
        QVERIFY(model.setData(model.index(0, ServiceTaskTableModel::Name), QStringLiteral("renamed")));
        QCOMPARE(model.index(0, ServiceTaskTableModel::Name).data().toString(), QStringLiteral("renamed"));
        QVERIFY(model.setData(model.index(0, ServiceTaskTableModel::Enabled), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, ServiceTaskTableModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.setData(model.index(0, ServiceTaskTableModel::Created), QStringLiteral("x")));
        QVERIFY(m_ws->serviceTasks().create(task(QStringLiteral("added"))));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, ServiceTaskTableModel::Name).data().toString(), QStringLiteral("added"));
        model.setFilter({QStringLiteral("ОБЗ"), false});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_ws->serviceTasks().remove(model.localIdAt(0)));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
        // Invalid values are marked on their cell.
        QVERIFY(model.setData(model.index(0, ServiceTaskTableModel::Name), QString()));
        QVERIFY(!model.index(0, ServiceTaskTableModel::Name).data(ServiceTaskTableModel::IssuesRole).toStringList().isEmpty());
        QVERIFY(model.index(0, ServiceTaskTableModel::Title).data(ServiceTaskTableModel::IssuesRole).toStringList().isEmpty());
    }

    // After a search matching nearly every row, the rows keep the table's order and
    // each one can still be found by its record (selecting a task, following edits).
    void modelFindsEveryRowAfterABroadSearch()
    {
        addCalls(30);
        ServiceTaskTableModel model(m_ws->serviceTasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ServiceTaskTableModel::Interval, Qt::DescendingOrder);
        QVector<qint64> before;
        for (int row = 0; row < model.rowCount(); ++row)
            before.append(model.localIdAt(row));
        model.setFilter({QStringLiteral("о"), false}); // every task but "report" and "ёлка"
        QCOMPARE(model.rowCount(), before.size() - 2);
        QVector<qint64> after;
        for (int row = 0; row < model.rowCount(); ++row) {
            after.append(model.localIdAt(row));
            QCOMPARE(model.rowOf(model.localIdAt(row)), row);
        }
        before.removeIf([&](qint64 id) { return !after.contains(id); });
        QCOMPARE(after, before);

        const qint64 second = model.localIdAt(1);
        QVERIFY(m_ws->serviceTasks().remove(model.localIdAt(0)));
        QCOMPARE(model.rowOf(second), 0);
        const qint64 added = *m_ws->serviceTasks().create(task(QStringLiteral("Обзвон новый")));
        QCOMPARE(model.rowOf(added), model.rowCount() - 1);
        QCOMPARE(model.index(model.rowCount() - 1, ServiceTaskTableModel::Name).data().toString(),
                 QStringLiteral("Обзвон новый"));
    }

    // Typing a search letter by letter shows what searching for the whole text at
    // once shows, also when a record changed between two letters, here or in another
    // process (a `taskdesk --sync` run beside the window).
    void typingLetterByLetterMatchesSearchingAtOnce()
    {
        addCalls(40);
        ServiceTaskTableModel model(m_ws->serviceTasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ServiceTaskTableModel::Name, Qt::DescendingOrder);
        const ServiceTaskQuery query(m_ws->database());
        auto shown = [&] {
            QVector<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.append(model.localIdAt(row));
            return ids;
        };
        auto atOnce = [&](const QString &text) { return query.ids({text, false}, QStringLiteral("name_key"), true); };
        QString typed;
        for (const QChar letter : QStringLiteral("обзвон 1")) {
            typed += letter;
            model.setFilter({typed, false});
            QCOMPARE(shown(), atOnce(typed));
        }
        while (!typed.isEmpty()) { // and back, letter by letter
            typed.chop(1);
            model.setFilter({typed, false});
            QCOMPARE(shown(), atOnce(typed));
        }

        model.setFilter({QStringLiteral("о"), false});
        const qint64 renamed = model.localIdAt(model.rowCount() - 1);
        ServiceTask edited = m_ws->serviceTasks().get(renamed)->local;
        edited.name = QStringLiteral("Обзвон я последний"); // from the end of the order to its top
        QVERIFY(m_ws->serviceTasks().saveLocal(renamed, edited));
        model.setFilter({QStringLiteral("об"), false});
        QCOMPARE(shown(), atOnce(QStringLiteral("об")));
        QCOMPARE(model.rowOf(renamed), 0);
        model.setFilter({QStringLiteral("об"), true}); // "conflicts only", on and off again
        QCOMPARE(shown(), query.ids({QStringLiteral("об"), true}, QStringLiteral("name_key"), true));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({QStringLiteral("об"), false});
        QCOMPARE(shown(), atOnce(QStringLiteral("об")));

        model.setFilter({QStringLiteral("обз"), false});
        Workspace other;
        QVERIFY(other.open(m_path));
        const qint64 added = *other.serviceTasks().create(task(QStringLiteral("Обзвон новый")));
        model.setFilter({QStringLiteral("обзв"), false});
        QCOMPARE(shown(), atOnce(QStringLiteral("обзв")));
        QVERIFY(model.rowOf(added) >= 0);
    }

    void typedUnknownCodesAndDurationsAreKept()
    {
        ServiceTaskTableModel model(m_ws->serviceTasks());
        const QModelIndex mode = model.index(0, ServiceTaskTableModel::SiteMode);
        QVERIFY(model.setData(mode, QStringLiteral("zz-custom")));
        QCOMPARE(mode.data().toString(), QStringLiteral("zz-custom"));
        QVERIFY(model.setData(model.index(0, ServiceTaskTableModel::Interval), QStringLiteral("1 h 30 min")));
        QCOMPARE(m_ws->serviceTasks().get(model.localIdAt(0))->local.intervalSec, 5400);
        QVERIFY(model.setData(model.index(0, ServiceTaskTableModel::Interval), qint64(3600)));
        QCOMPARE(model.index(0, ServiceTaskTableModel::Interval).data().toString(), QStringLiteral("1 h"));
        QVERIFY(!model.setData(model.index(0, ServiceTaskTableModel::Interval), QStringLiteral("soon")));
        const QDateTime when(QDate(2024, 5, 1), QTime(6, 30), Qt::UTC);
        QVERIFY(model.setData(model.index(0, ServiceTaskTableModel::Start), when));
        QCOMPARE(m_ws->serviceTasks().get(model.localIdAt(0))->local.dtStart.toWire(), QStringLiteral("2024-05-01T06:30:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestServiceTaskQuery)
#include "tst_servicetaskquery.moc"
