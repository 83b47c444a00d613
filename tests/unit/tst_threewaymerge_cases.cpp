// ThreeWayMerge on the cases written as files (tests/data/merge/<case>: base, mine,
// theirs and what the merge must give, its conflicts and their resolution).

#include "ThreeWayMergeTest.h"
#include "TestSupport.h"

#include <QtTest>

using namespace ThreeWayMergeTest;

class TestThreeWayMergeCases : public QObject
{
    Q_OBJECT

private slots:
    void mergeCases_data();
    void mergeCases();
    void mergeCasesFound();
};

namespace {

QString caseDir()
{
    return QStringLiteral(TASKDESK_TEST_DATA "/merge");
}

// <case>/<name>.json as an object; *ok false (and a warning) when unreadable or not an object.
QJsonObject caseFile(const QString &name, const QString &file, bool *ok)
{
    QFile f(caseDir() + QLatin1Char('/') + name + QLatin1Char('/') + file);
    QJsonParseError error;
    const QJsonDocument document = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error)
                                                               : QJsonDocument();
    if (!document.isObject()) {
        qWarning("%s/%s: missing, or not a JSON object", qPrintable(name), qPrintable(file));
        *ok = false;
    }
    return document.object();
}

} // namespace

void TestThreeWayMergeCases::mergeCases_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases = QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << name;
}

void TestThreeWayMergeCases::mergeCases()
{
    QFETCH(QString, name);
    bool ok = true;
    const QJsonObject base = caseFile(name, "base.json", &ok), mine = caseFile(name, "mine.json", &ok),
                      theirs = caseFile(name, "theirs.json", &ok), expected = caseFile(name, "expected.json", &ok);
    QVERIFY(ok);
    const QString record = expected.value("record").toString();
    QVERIFY2(record == "series" || record == "serviceTask", qPrintable(record));
    const MergeResult r = record == "series" ? ThreeWayMerge::mergeSeries(base, mine, theirs)
                                             : ThreeWayMerge::mergeServiceTask(base, mine, theirs);
    COMPARE_JSON(r.merged, expected.value("merged"));
    const QJsonArray conflicts = expected.value("conflicts").toArray();
    QCOMPARE(paths(r).join(", "), [&] {
        QStringList wanted;
        for (const QJsonValue &c : conflicts)
            wanted.append(c.toObject().value("path").toString());
        return wanted.join(", ");
    }());
    QHash<QString, QJsonValue> choices;
    const QString take = expected.value("resolved").toObject().value("take").toString();
    for (int i = 0; i < conflicts.size(); ++i) {
        const QJsonObject want = conflicts.at(i).toObject();
        const FieldConflict &c = r.conflicts.at(i);
        if (want.contains("label"))
            QCOMPARE(c.label, want.value("label").toString());
        COMPARE_JSON(c.base, want.value("base"));
        COMPARE_JSON(c.mine, want.value("mine"));
        COMPARE_JSON(c.theirs, want.value("theirs"));
        choices.insert(c.path.format(), take == "theirs" ? c.theirs : c.mine);
    }
    if (record == "series")
        QVERIFY(ordersAreRenumbered(r.merged));
    if (expected.contains("resolved")) {
        QVERIFY2(take == "mine" || take == "theirs", qPrintable(take));
        COMPARE_JSON(ThreeWayMerge::resolve(r.merged, r.conflicts, choices),
                     expected.value("resolved").toObject().value("result"));
    }
}

// The folder is where the test looks: an empty list would pass without testing anything.
void TestThreeWayMergeCases::mergeCasesFound()
{
    QVERIFY2(QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 12, qPrintable(caseDir()));
}

QTEST_GUILESS_MAIN(TestThreeWayMergeCases)
#include "tst_threewaymerge_cases.moc"
