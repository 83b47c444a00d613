// CompactJson writes the stored JSON of a record without QJsonDocument: the text must be
// exactly the one QJsonDocument::toJson(Compact) makes, since stored copies are compared
// as text (a base equal to the local copy is a clean record).
#include "json/CompactJson.h"
#include "json/ServiceTaskCodec.h"
#include "storage/ServiceTaskColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString viaQt(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

Timestamp at(const QString &text)
{
    Timestamp t;
    Timestamp::parse(text, &t);
    return t;
}

QString viaQt(const ServiceTask &task)
{
    return QString::fromUtf8(QJsonDocument(ServiceTaskCodec::encode(task)).toJson(QJsonDocument::Compact));
}

// Text with every kind of character a user or a server may put in a record.
const QStringList &awkwardTexts()
{
    static const QStringList texts = {
        QString(), QStringLiteral(""), QStringLiteral("Обзвон должников «срочно»"), QStringLiteral("quote \" back \\ slash /"),
        QStringLiteral("tab\tnew\nline\rcr\bbs\fff"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0x80),
        QStringLiteral("emoji 😀 and ё"), QString(QChar(0x2028)) + QChar(0xfeff) + QChar(0xfffd), QStringLiteral("<b>&amp;</b>")};
    return texts;
}

} // namespace

class TestCompactJson : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QJsonValue>("value");
        int row = 0;
        for (const QString &text : awkwardTexts())
            QTest::addRow("text %d", row++) << QJsonValue(text);
        const QList<double> doubles = {0.0, -0.0, 1.5, -2.25, 0.1, 1e21, 1e-7, 123456789.125, 3.0, 1.0 / 3, 1e300,
                                       qInf(), qQNaN(), 9007199254740993.0};
        for (double d : doubles)
            QTest::addRow("double %d", row++) << QJsonValue(d);
        for (qint64 i : {qint64(0), qint64(-1), qint64(86400), std::numeric_limits<qint64>::max(),
                         std::numeric_limits<qint64>::min()})
            QTest::addRow("integer %d", row++) << QJsonValue(i);
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("nested") << QJsonValue(QJsonObject{
            {QStringLiteral("я"), QJsonArray{1, 2.5, QStringLiteral("a\"b"), QJsonObject{}, QJsonArray{}}},
            {QStringLiteral("b\nkey"), QJsonValue::Null}, {QStringLiteral("a"), false}});
    }

    void valuesAreWrittenAsQtWritesThem()
    {
        QFETCH(QJsonValue, value);
        QString written;
        QVERIFY(CompactJson::appendValue(written, value));
        QCOMPARE(written, viaQt(value));
    }

    void aLoneSurrogateIsLeftToQt()
    {
        QString written;
        QVERIFY(!CompactJson::appendString(written, QString(QChar(0xd800)) + QLatin1Char('x')));
        const ServiceTask task = [] { ServiceTask t; t.name = QString(QChar(0xdc00)); return t; }();
        QCOMPARE(ServiceTaskColumns::json(task), viaQt(task));
    }

    void aServiceTaskIsWrittenAsItsEncodingIs()
    {
        int checked = 0;
        for (const QString &text : awkwardTexts()) {
            ServiceTask t;
            t.id = checked % 2 ? QString() : QStringLiteral("380d5e6c-3f4e-4b49-a1f7-0d7a5b1c2e3f");
            t.name = text;
            t.scriptCode = text;
            t.siteMode = checked % 3 ? QStringLiteral("firstsite") : text;
            t.schedule = text;
            t.isEnabled = checked % 2;
            t.isRegular = checked % 3 == 0;
            t.overlap = checked % 4 != 0;
            t.intervalSec = checked * 86399 - 5;
            t.sites = checked % 2 ? QStringList{text, QStringLiteral("SITE2")} : QStringList();
            t.sitesShape = checked % 3 ? ServiceTask::SitesShape::Array : ServiceTask::SitesShape::String;
            t.sitesText = QStringLiteral("SITE1, SITE2");
            t.dtStart = at(QStringLiteral("2019-08-26T12:09:03.34Z"));
            t.dtStop = checked % 2 ? Timestamp() : at(QStringLiteral("2019-02-20T08:00:00Z"));
            t.periods = QJsonArray{QJsonObject{{QStringLiteral("from"), text}, {QStringLiteral("day"), 1.5}}};
            t.setTitle(text);
            t.setComment(QStringLiteral("c ") + text);
            if (checked % 2)
                t.ext = QJsonObject{{QStringLiteral("ct"), QStringLiteral("2024-01-01T00:00:00Z")},
                                    {QStringLiteral("zz"), QJsonArray{text}}};
            QCOMPARE(ServiceTaskColumns::json(t), viaQt(t));
            QString written;
            QVERIFY(CompactJson::appendServiceTask(written, t));
            ++checked;
        }
        QCOMPARE(checked, awkwardTexts().size());
    }

    void unknownTopLevelFieldsTakeTheSlowWay()
    {
        ServiceTask t;
        t.name = QStringLiteral("x");
        t.extra = QJsonObject{{QStringLiteral("aaa"), 1}, {QStringLiteral("zzz"), QStringLiteral("kept")}};
        QString written;
        QVERIFY(!CompactJson::appendServiceTask(written, t));
        QCOMPARE(ServiceTaskColumns::json(t), viaQt(t));
        QVERIFY(ServiceTaskColumns::json(t).contains(QLatin1String("\"zzz\":\"kept\"")));
    }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
