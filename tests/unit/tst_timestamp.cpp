// Timestamp: the RFC 3339 values of both wire formats (docs/api-contract.md §1.1 and §2).

#include "domain/Timestamp.h"

#include <QtTest>

#include <algorithm>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

Timestamp parsed(const QString &text)
{
    Timestamp t;
    if (!Timestamp::parse(text, &t))
        qWarning("test setup: could not parse %s", qPrintable(text));
    return t;
}

} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseEmpty_data();
    void parseEmpty();
    void parseInvalid_data();
    void parseInvalid();
    void wireIsAlwaysUtcWithTAndZ_data();
    void wireIsAlwaysUtcWithTAndZ();
    void fromDateTime_data();
    void fromDateTime();
    void fromInvalidDateTimeIsEmpty();
    void equality_data();
    void equality();
    void ordering();
    void formatWritesWhatQtWrites();
    void canonicalTextIsReadAsTheRegularExpressionReadsIt();
};

void TestTimestamp::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("wire");

    // Z inputs: kept exactly as received, so an untouched value goes back unchanged.
    QTest::newRow("0 fractional digits") << "2019-02-20T08:00:00Z" << utc(2019, 2, 20, 8, 0, 0)
                                         << "2019-02-20T08:00:00Z";
    QTest::newRow("1 fractional digit") << "2019-08-26T12:09:03.3Z"
                                        << utc(2019, 8, 26, 12, 9, 3, 300) << "2019-08-26T12:09:03.3Z";
    QTest::newRow("2 fractional digits (ERA seed)") << "2019-08-26T12:09:03.34Z"
                                                    << utc(2019, 8, 26, 12, 9, 3, 340)
                                                    << "2019-08-26T12:09:03.34Z";
    QTest::newRow("3 fractional digits (TARGPatrol)") << "2023-03-06T18:00:00.000Z"
                                                      << utc(2023, 3, 6, 18, 0, 0)
                                                      << "2023-03-06T18:00:00.000Z";
    QTest::newRow("3 non-zero fractional digits") << "2023-03-06T18:38:28.788Z"
                                                  << utc(2023, 3, 6, 18, 38, 28, 788)
                                                  << "2023-03-06T18:38:28.788Z";
    QTest::newRow("6 fractional digits") << "2019-08-26T12:09:03.123456Z"
                                         << utc(2019, 8, 26, 12, 9, 3, 123)
                                         << "2019-08-26T12:09:03.123456Z";
    QTest::newRow("lowercase z") << "2019-02-20T08:00:00z" << utc(2019, 2, 20, 8, 0, 0)
                                 << QString(); // wire checked by wireIsAlwaysUtcWithTAndZ
    QTest::newRow("space instead of T") << "2019-02-20 08:00:00Z" << utc(2019, 2, 20, 8, 0, 0)
                                        << QString();

    // Offsets: the instant is converted to UTC and the text rewritten as UTC 'Z'.
    QTest::newRow("+03:00") << "2019-02-20T08:00:00+03:00" << utc(2019, 2, 20, 5, 0, 0)
                            << "2019-02-20T05:00:00Z";
    QTest::newRow("-0530") << "2019-02-20T08:00:00-0530" << utc(2019, 2, 20, 13, 30, 0)
                           << "2019-02-20T13:30:00Z";
    QTest::newRow("+00:00") << "2019-02-20T08:00:00+00:00" << utc(2019, 2, 20, 8, 0, 0)
                            << "2019-02-20T08:00:00Z";
    QTest::newRow("offset crosses the day and month") << "2019-03-01T01:30:00+03:00"
                                                      << utc(2019, 2, 28, 22, 30, 0)
                                                      << "2019-02-28T22:30:00Z";
    QTest::newRow("negative offset crosses the year") << "2019-12-31T22:00:00-05:00"
                                                      << utc(2020, 1, 1, 3, 0, 0)
                                                      << "2020-01-01T03:00:00Z";
    QTest::newRow("offset with 6 fractional digits") << "2019-02-20T08:00:00.123456+03:00"
                                                     << utc(2019, 2, 20, 5, 0, 0, 123)
                                                     << "2019-02-20T05:00:00.123Z";
    QTest::newRow("space and offset") << "2019-02-20 08:00:00+01:00" << utc(2019, 2, 20, 7, 0, 0)
                                      << "2019-02-20T07:00:00Z";
    QTest::newRow("leap day") << "2020-02-29T00:00:00Z" << utc(2020, 2, 29, 0, 0, 0)
                              << "2020-02-29T00:00:00Z";
}

void TestTimestamp::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);
    QFETCH(QString, wire);

    Timestamp t;
    QVERIFY2(Timestamp::parse(text, &t), qPrintable(text));
    QVERIFY(!t.isEmpty());
    QCOMPARE(t.toUtc(), instant);
    QCOMPARE(t.toUtc().timeSpec(), Qt::UTC);
    if (!wire.isNull())
        QCOMPARE(t.toWire(), wire);

    // Whatever is written can be read back as the same instant.
    Timestamp again;
    QVERIFY2(Timestamp::parse(t.toWire(), &again), qPrintable(t.toWire()));
    QCOMPARE(again.toUtc(), instant);
}

void TestTimestamp::parseEmpty_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("null") << QString();
}

void TestTimestamp::parseEmpty()
{
    QFETCH(QString, text);
    Timestamp t = parsed(QStringLiteral("2019-02-20T08:00:00Z")); // must be overwritten
    QVERIFY(Timestamp::parse(text, &t));
    QVERIFY(t.isEmpty());
    QVERIFY(!t.toUtc().isValid());
    QCOMPARE(t.toWire(), QString());
    QVERIFY(t == Timestamp());
}

void TestTimestamp::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("word") << "tomorrow";
    QTest::newRow("30 February") << "2019-02-30T08:00:00Z";
    QTest::newRow("29 February, not a leap year") << "2019-02-29T08:00:00Z";
    QTest::newRow("month 13") << "2019-13-01T08:00:00Z";
    QTest::newRow("hour 25") << "2019-02-20T25:00:00Z";
    QTest::newRow("minute 60") << "2019-02-20T08:60:00Z";
    QTest::newRow("missing zone") << "2019-02-20T08:00:00";
    QTest::newRow("missing zone, fractional") << "2019-02-20T08:00:00.123";
    QTest::newRow("date only") << "2019-02-20";
    QTest::newRow("no seconds") << "2019-02-20T08:00Z";
    QTest::newRow("dot without digits") << "2019-02-20T08:00:00.Z";
    QTest::newRow("offset hour 24") << "2019-02-20T08:00:00+24:00";
    QTest::newRow("offset without minutes") << "2019-02-20T08:00:00+03";
    QTest::newRow("trailing text") << "2019-02-20T08:00:00Z tomorrow";
    QTest::newRow("unix seconds") << "1550649600";
    // The servers' shape, read without a regular expression: only ASCII digits, one Z.
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("\u0662\u0660\u0661\u0669-02-20T08:00:00Z");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("２０１９-02-20T08:00:00Z");
    QTest::newRow("two Zs") << "2019-02-20T08:00:00ZZ";
    QTest::newRow("signed year") << "+019-02-20T08:00:00Z";
    QTest::newRow("letter in the fraction") << "2019-02-20T08:00:00.1a3Z";
    QTest::newRow("comma fraction") << "2019-02-20T08:00:00,123Z";
    QTest::newRow("year 0000") << "0000-01-01T00:00:00Z";
    QTest::newRow("second 60") << "2016-12-31T23:59:60Z";
    QTest::newRow("zero-width space inside") << QString::fromUtf8("2019-02-20T08:00\u200b:00Z");
}

void TestTimestamp::parseInvalid()
{
    QFETCH(QString, text);
    Timestamp t;
    QVERIFY2(!Timestamp::parse(text, &t), qPrintable(text));
}

void TestTimestamp::wireIsAlwaysUtcWithTAndZ_data()
{
    // docs/api-contract.md §1.1: any RFC 3339 form is read, UTC with `Z` is sent. RFC 3339 forms that are
    // UTC but not in that shape (lowercase z, lowercase t, space separator) must go out as
    // "yyyy-MM-ddTHH:mm:ss[.f]Z".
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("wire");
    QTest::newRow("canonical Z is kept") << "2019-08-26T12:09:03.34Z" << "2019-08-26T12:09:03.34Z";
    QTest::newRow("lowercase z") << "2019-02-20T08:00:00z" << "2019-02-20T08:00:00Z";
    QTest::newRow("lowercase t") << "2019-02-20t08:00:00Z" << "2019-02-20T08:00:00Z";
    QTest::newRow("space instead of T") << "2019-02-20 08:00:00Z" << "2019-02-20T08:00:00Z";
}

void TestTimestamp::wireIsAlwaysUtcWithTAndZ()
{
    QFETCH(QString, text);
    QFETCH(QString, wire);
    Timestamp t;
    QVERIFY(Timestamp::parse(text, &t));
    QCOMPARE(t.toWire(), wire);
}

void TestTimestamp::fromDateTime_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QDateTime>("instant");

    const int seconds = int(Timestamp::Style::Seconds);
    const int millis = int(Timestamp::Style::Milliseconds);
    const QDateTime whole = utc(2023, 3, 6, 18, 0, 0);
    const QDateTime withMs = utc(2023, 3, 6, 18, 0, 0, 250);
    const QDateTime moscow(QDate(2023, 3, 6), QTime(21, 0), Qt::OffsetFromUTC, 3 * 3600);

    QTest::newRow("ERA style, whole second") << whole << seconds << "2023-03-06T18:00:00Z" << whole;
    QTest::newRow("ERA style, milliseconds shown when non-zero")
        << withMs << seconds << "2023-03-06T18:00:00.250Z" << withMs;
    QTest::newRow("TARGPatrol style, whole second")
        << whole << millis << "2023-03-06T18:00:00.000Z" << whole;
    QTest::newRow("TARGPatrol style, milliseconds")
        << withMs << millis << "2023-03-06T18:00:00.250Z" << withMs;
    QTest::newRow("ERA style from +03:00") << moscow << seconds << "2023-03-06T18:00:00Z" << whole;
    QTest::newRow("TARGPatrol style from +03:00")
        << moscow << millis << "2023-03-06T18:00:00.000Z" << whole;
}

void TestTimestamp::fromDateTime()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(int, style);
    QFETCH(QString, wire);
    QFETCH(QDateTime, instant);

    const Timestamp t = Timestamp::fromDateTime(dateTime, Timestamp::Style(style));
    QVERIFY(!t.isEmpty());
    QCOMPARE(t.toWire(), wire);
    QCOMPARE(t.toUtc(), instant);
    QCOMPARE(Timestamp::format(dateTime, Timestamp::Style(style)), wire);
    QVERIFY(t == parsed(wire));
}

void TestTimestamp::fromInvalidDateTimeIsEmpty()
{
    const Timestamp t = Timestamp::fromDateTime(QDateTime(), Timestamp::Style::Milliseconds);
    QVERIFY(t.isEmpty());
    QCOMPARE(t.toWire(), QString());
}

void TestTimestamp::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("2 vs 3 fractional digits") << "2019-08-26T12:09:03.34Z"
                                              << "2019-08-26T12:09:03.340Z" << true;
    QTest::newRow("0 vs 3 fractional digits") << "2023-03-06T18:00:00Z"
                                              << "2023-03-06T18:00:00.000Z" << true;
    QTest::newRow("Z vs offset, same instant") << "2019-02-20T05:00:00Z"
                                               << "2019-02-20T08:00:00+03:00" << true;
    QTest::newRow("z vs Z") << "2019-02-20T08:00:00z" << "2019-02-20T08:00:00Z" << true;
    QTest::newRow("one millisecond apart") << "2019-08-26T12:09:03.340Z"
                                           << "2019-08-26T12:09:03.341Z" << false;
    QTest::newRow("one second apart") << "2019-02-20T08:00:00Z" << "2019-02-20T08:00:01Z" << false;
    QTest::newRow("same wall time, different offsets") << "2019-02-20T08:00:00+03:00"
                                                       << "2019-02-20T08:00:00Z" << false;
    QTest::newRow("both empty") << "" << "" << true;
    QTest::newRow("empty vs a date") << "" << "2019-02-20T08:00:00Z" << false;
}

void TestTimestamp::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    const Timestamp ta = parsed(a);
    const Timestamp tb = parsed(b);
    QCOMPARE(ta == tb, equal);
    QCOMPARE(tb == ta, equal);
    QCOMPARE(ta != tb, !equal);
}

void TestTimestamp::ordering()
{
    const Timestamp early = parsed(QStringLiteral("2019-02-20T08:00:00Z"));
    const Timestamp earlyWithFraction = parsed(QStringLiteral("2019-02-20T08:00:00.000Z"));
    const Timestamp laterByMs = parsed(QStringLiteral("2019-02-20T08:00:00.001Z"));
    const Timestamp laterByOffset = parsed(QStringLiteral("2019-02-20T10:00:00+01:00")); // 09:00Z
    const Timestamp earlierByOffset = parsed(QStringLiteral("2019-02-20T10:00:00+03:00")); // 07:00Z

    QVERIFY(early < laterByMs);
    QVERIFY(!(laterByMs < early));
    QVERIFY(!(early < early));
    QVERIFY(!(early < earlyWithFraction));
    QVERIFY(!(earlyWithFraction < early));
    // Ordering follows the instant, not the text.
    QVERIFY(early < laterByOffset);
    QVERIFY(earlierByOffset < early);

    QVector<Timestamp> list{laterByOffset, early, earlierByOffset, laterByMs};
    std::sort(list.begin(), list.end());
    QCOMPARE(list.at(0).toUtc(), utc(2019, 2, 20, 7, 0, 0));
    QCOMPARE(list.at(1).toUtc(), utc(2019, 2, 20, 8, 0, 0));
    QCOMPARE(list.at(2).toUtc(), utc(2019, 2, 20, 8, 0, 0, 1));
    QCOMPARE(list.at(3).toUtc(), utc(2019, 2, 20, 9, 0, 0));
}

// Timestamp::format writes the digits itself: the same text as QDateTime::toString()
// for every year it is used for, both styles.
void TestTimestamp::formatWritesWhatQtWrites()
{
    const QList<int> years = {1, 9, 99, 999, 1000, 1969, 1970, 2000, 2024, 2038, 2100, 9999};
    const QList<int> millis = {0, 1, 9, 10, 99, 100, 250, 999};
    for (const int year : years) {
        for (int month = 1; month <= 12; month += 5) {
            for (const int ms : millis) {
                const QDateTime at(QDate(year, month, QDate(year, month, 1).daysInMonth()), QTime(23, 59, 7, ms), Qt::UTC);
                QVERIFY(at.isValid());
                for (const auto style : {Timestamp::Style::Seconds, Timestamp::Style::Milliseconds}) {
                    const bool withMs = style == Timestamp::Style::Milliseconds || ms != 0;
                    const QString expected = at.toString(withMs ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                                                : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
                    QCOMPARE(Timestamp::format(at, style), expected);
                    Timestamp back;
                    QVERIFY2(Timestamp::parse(expected, &back), qPrintable(expected));
                    QCOMPARE(back.toUtc(), at);
                    QCOMPARE(back.toWire(), expected);
                }
            }
        }
    }
    // Outside 1..9999 Qt's own writing is used.
    const QDateTime far(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(Timestamp::format(far, Timestamp::Style::Seconds), far.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
}

// The canonical form is read by hand; the result must be the one the general reading gives
// (checked through a form only the general reading takes: a space instead of the T).
void TestTimestamp::canonicalTextIsReadAsTheRegularExpressionReadsIt()
{
    const QStringList texts = {QStringLiteral("2019-02-20T08:00:00Z"), QStringLiteral("2019-08-26T12:09:03.3Z"),
                               QStringLiteral("2019-08-26T12:09:03.34Z"), QStringLiteral("2023-03-06T18:38:28.788Z"),
                               QStringLiteral("2019-08-26T12:09:03.123456789012Z"), QStringLiteral("2020-02-29T23:59:59.999Z"),
                               QStringLiteral("0001-01-01T00:00:00Z"), QStringLiteral("9999-12-31T23:59:59.9Z")};
    for (const QString &text : texts) {
        Timestamp canonical;
        Timestamp general;
        QVERIFY2(Timestamp::parse(text, &canonical), qPrintable(text));
        QVERIFY2(Timestamp::parse(QString(text).replace(10, 1, QLatin1Char(' ')), &general), qPrintable(text));
        QCOMPARE(canonical.toUtc(), general.toUtc());
        QCOMPARE(canonical.toUtc().timeSpec(), Qt::UTC);
        QCOMPARE(canonical.toWire(), text);
    }
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
