// ConflictPath: where a merge conflict is in a record, written and read back as text. The
// merge writes it, the resolve and the conflict dialog read it: one spelling, and anything
// else refused.

#include "sync/ConflictPath.h"

#include <QtTest>

namespace {

const QString S = QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0");
const QString A = QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe0");

ConflictPath::StepRef byId(const QString &id)
{
    return {id};
}

ConflictPath::StepRef byIndex(int index)
{
    return {QString(), index};
}

} // namespace

Q_DECLARE_METATYPE(ConflictPath)

class TestConflictPath : public QObject
{
    Q_OBJECT

private slots:
    void formatAndParse_data();
    void formatAndParse();
    void refused_data();
    void refused();
    void typedValues();
    void hugeInputIsRefusedQuickly();
};

void TestConflictPath::formatAndParse_data()
{
    QTest::addColumn<ConflictPath>("path");
    QTest::addColumn<QString>("text");

    const QString step = QStringLiteral("steps[seriesId=%1]").arg(S);
    const QString action = step + QStringLiteral(".actions[seriesId=%1]").arg(A);
    QTest::newRow("record") << ConflictPath::record() << "record";
    QTest::newRow("field") << ConflictPath::field("name") << "name";
    QTest::newRow("id") << ConflictPath::field("id") << "id";
    QTest::newRow("opts key") << ConflictPath::objectField("opts", "title") << "opts.title";
    QTest::newRow("recurrence key") << ConflictPath::objectField("recurrence", "rule") << "recurrence.rule";
    QTest::newRow("steps order") << ConflictPath::stepsOrder() << "steps.order";
    QTest::newRow("step") << ConflictPath::step(byId(S)) << step;
    QTest::newRow("local step") << ConflictPath::step(byIndex(2)) << "steps[2]";
    QTest::newRow("step field") << ConflictPath::stepField(byId(S), "pointId") << step + ".pointId";
    QTest::newRow("actions order") << ConflictPath::actionsOrder(byId(S)) << step + ".actions.order";
    QTest::newRow("action") << ConflictPath::action(byId(S), A) << action;
    QTest::newRow("action field") << ConflictPath::actionField(byId(S), A, "required") << action + ".required";
    QTest::newRow("action step") << ConflictPath::actionStep(byId(S), A) << action + ".step";
    QTest::newRow("action in local step") << ConflictPath::actionField(byIndex(0), A, "name")
                                          << QStringLiteral("steps[0].actions[seriesId=%1].name").arg(A);
    // Names that are not plain words, or that spell structure, are quoted.
    QTest::newRow("a field named record") << ConflictPath::field("record") << "\"record\"";
    QTest::newRow("a field named steps") << ConflictPath::field("steps") << "\"steps\"";
    QTest::newRow("a dotted key") << ConflictPath::objectField("opts", "a.b") << "opts.\"a.b\"";
    QTest::newRow("a dotted top field") << ConflictPath::field("opts.title") << "\"opts.title\"";
    QTest::newRow("an id with a bracket") << ConflictPath::step(byId("x]y")) << "steps[seriesId=\"x]y\"]";
    QTest::newRow("a quote and a backslash") << ConflictPath::field("a\"b\\c") << "\"a\\\"b\\\\c\"";
    QTest::newRow("Cyrillic") << ConflictPath::field("имя") << "\"имя\"";
    QTest::newRow("an action field named step") << ConflictPath::actionField(byId(S), A, "step")
                                                << action + ".\"step\"";
    QTest::newRow("a step field named actions") << ConflictPath::stepField(byId(S), "actions")
                                                << step + ".\"actions\"";
    // Invisible characters never appear as they are: escaped, so the text shows them.
    QTest::newRow("zero-width space") << ConflictPath::field(QStringLiteral("na\u200Bme")) << "\"na\\u200bme\"";
    QTest::newRow("tab in an id") << ConflictPath::action(byId(S), "a\tb")
                                  << step + ".actions[seriesId=\"a\\u0009b\"]";
}

void TestConflictPath::formatAndParse()
{
    QFETCH(ConflictPath, path);
    QFETCH(QString, text);
    QCOMPARE(path.format(), text);
    QString error;
    const std::optional<ConflictPath> parsed = ConflictPath::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(*parsed == path);
    QCOMPARE(parsed->kind(), path.kind());
}

void TestConflictPath::refused_data()
{
    QTest::addColumn<QString>("text");
    const QString step = QStringLiteral("steps[seriesId=%1]").arg(S);
    const QString action = step + QStringLiteral(".actions[seriesId=%1]").arg(A);

    QTest::newRow("empty") << "";
    QTest::newRow("steps alone") << "steps";
    QTest::newRow("unknown steps key") << "steps.sort";
    QTest::newRow("unknown selector") << "steps[name=step 1]";
    QTest::newRow("empty id") << "steps[seriesId=]";
    QTest::newRow("empty quoted id") << "steps[seriesId=\"\"]";
    QTest::newRow("negative position") << "steps[-1]";
    QTest::newRow("leading zero") << "steps[01]";
    QTest::newRow("huge position") << "steps[99999999999]";
    QTest::newRow("not closed") << "steps[seriesId=" + S;
    QTest::newRow("trailing junk") << step + "x";
    QTest::newRow("twice") << step + step;
    QTest::newRow("trailing dot") << "name.";
    QTest::newRow("actions alone") << step + ".actions";
    QTest::newRow("unknown actions key") << step + ".actions.sort";
    QTest::newRow("order with junk") << step + ".actions.orderly";
    QTest::newRow("unknown action selector") << step + ".actions[name=A]";
    QTest::newRow("action without step") << "actions[seriesId=" + A + "]";
    QTest::newRow("too deep") << action + ".step.name";
    QTest::newRow("nested unknown object") << "ext.lastrun";
    QTest::newRow("nested too deep") << "opts.title.x";
    QTest::newRow("space") << "na me";
    QTest::newRow("zero-width space") << QStringLiteral("name\u200B");
    QTest::newRow("leading direction mark") << QStringLiteral("\u200Fname");
    QTest::newRow("newline") << "name\n";
    QTest::newRow("NUL") << QString(QChar(0)) + "name";
    QTest::newRow("raw invisible in quotes") << QStringLiteral("\"na\u200Bme\"");
    QTest::newRow("unclosed quote") << "\"name";
    QTest::newRow("bad escape") << "\"na\\qme\"";
    QTest::newRow("short unicode escape") << "\"na\\u20\"";
    QTest::newRow("quoted plain word") << "\"name\""; // one spelling only
    QTest::newRow("needless escape") << "\"a\\u0062.c\"";
    QTest::newRow("upper-case escape") << "\"na\\u200Bme\"";
    QTest::newRow("fullwidth digits") << QStringLiteral("steps[\uFF11]");
}

void TestConflictPath::refused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ConflictPath::parse(text, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ConflictPath().isValid());
    QVERIFY(ConflictPath().format().isEmpty());
}

void TestConflictPath::typedValues()
{
    // Fields are typed by the user; records, items, orders and parents are chosen.
    QVERIFY(ConflictPath::field("name").isTypedValue());
    QVERIFY(ConflictPath::objectField("opts", "title").isTypedValue());
    QVERIFY(ConflictPath::stepField(byId(S), "name").isTypedValue());
    QVERIFY(ConflictPath::actionField(byId(S), A, "required").isTypedValue());
    QVERIFY(!ConflictPath::record().isTypedValue());
    QVERIFY(!ConflictPath::stepsOrder().isTypedValue());
    QVERIFY(!ConflictPath::step(byId(S)).isTypedValue());
    QVERIFY(!ConflictPath::actionsOrder(byId(S)).isTypedValue());
    QVERIFY(!ConflictPath::action(byId(S), A).isTypedValue());
    QVERIFY(!ConflictPath::actionStep(byId(S), A).isTypedValue());
    // Equality looks at every part.
    QVERIFY(ConflictPath::action(byId(S), A) != ConflictPath::action(byId(A), S));
    QVERIFY(ConflictPath::step(byIndex(1)) != ConflictPath::step(byIndex(2)));
    QVERIFY(ConflictPath::field("title") != ConflictPath::objectField("opts", "title"));
}

void TestConflictPath::hugeInputIsRefusedQuickly()
{
    const QString huge = QStringLiteral("steps[seriesId=") + QString(2 * 1000 * 1000, QLatin1Char('a')) + "]]";
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!ConflictPath::parse(huge));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestConflictPath)
#include "tst_conflictpath.moc"
