// The keychain seam: whether a keychain works is decided from what it does (an
// answer, "not found", an error, or silence past the deadline), never from the
// wording of its errors; and the real system keychain, asked on a machine where no
// session bus can answer, ends "unavailable" within the deadline instead of hanging.
#include "sync/Keychain.h"
#include "sync/MemorySecretBackend.h"
#include "sync/QtKeychainBackend.h"
#include "sync/TokenStore.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

MemorySecretBackend *use(MemorySecretBackend::Behaviour behaviour, const QString &failure = QString())
{
    auto backend = std::make_unique<MemorySecretBackend>(behaviour, failure);
    MemorySecretBackend *raw = backend.get();
    Keychain::instance().setBackend(std::move(backend));
    return raw;
}

// Waits for the answer of one call (answers always come later, on the event loop).
SecretAnswer await(const std::function<void(SecretBackend::Callback)> &call)
{
    SecretAnswer result;
    bool answered = false;
    call([&](const SecretAnswer &answer) {
        result = answer;
        answered = true;
    });
    if (answered)
        qWarning("answered before the call returned");
    if (!QTest::qWaitFor([&answered] { return answered; }, 10000))
        qWarning("no answer");
    return result;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        TokenStore::resetSession();
        Keychain::instance().setDeadlines(500, 500);
    }

    void aWorkingKeychainIsAvailable()
    {
        use(MemorySecretBackend::Behaviour::Works);
        QSignalSpy changed(&Keychain::instance(), &Keychain::stateChanged);
        Keychain::instance().probe();
        QCOMPARE(Keychain::instance().state(), Keychain::State::Unknown); // never answered at once
        QVERIFY(changed.wait(2000));
        QCOMPARE(Keychain::instance().state(), Keychain::State::Available);
        QVERIFY(Keychain::instance().error().isEmpty());
    }

    void anyErrorMeansUnavailable_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("qtkeychain without D-Bus on Debian 12") << QStringLiteral("Unknown error");
        QTest::newRow("no words at all") << QString();
        QTest::newRow("denied") << QStringLiteral("Access to the keychain was denied");
    }

    void anyErrorMeansUnavailable()
    {
        QFETCH(QString, failure);
        use(MemorySecretBackend::Behaviour::Fails, failure);
        QSignalSpy changed(&Keychain::instance(), &Keychain::stateChanged);
        Keychain::instance().probe();
        QVERIFY(changed.wait(2000));
        QCOMPARE(Keychain::instance().state(), Keychain::State::Unavailable);
        QCOMPARE(Keychain::instance().error(), failure);
    }

    void silenceEndsAtTheDeadline()
    {
        use(MemorySecretBackend::Behaviour::Silent);
        QSignalSpy changed(&Keychain::instance(), &Keychain::stateChanged);
        QElapsedTimer clock;
        clock.start();
        Keychain::instance().probe();
        QVERIFY(changed.wait(3000));
        QVERIFY(clock.elapsed() >= 400);
        QCOMPARE(Keychain::instance().state(), Keychain::State::Unavailable);
        QVERIFY2(Keychain::instance().error().contains(QLatin1String("did not answer")),
                 qPrintable(Keychain::instance().error()));
        // Calls after that have the same deadline: an answer always comes.
        const SecretAnswer answer = await([](SecretBackend::Callback done) { Keychain::instance().read(QStringLiteral("k"), done); });
        QCOMPARE(answer.status, SecretAnswer::Status::Failed);
    }

    void aCallThatFailsLaterTurnsItUnavailable()
    {
        MemorySecretBackend *works = use(MemorySecretBackend::Behaviour::Works);
        QSignalSpy changed(&Keychain::instance(), &Keychain::stateChanged);
        Keychain::instance().probe();
        QVERIFY(changed.wait(2000));
        QCOMPARE(Keychain::instance().state(), Keychain::State::Available);
        QCOMPARE(await([](SecretBackend::Callback done) { Keychain::instance().write(QStringLiteral("k"), QStringLiteral("v"), done); }).status,
                 SecretAnswer::Status::Ok);
        QCOMPARE(works->entries().value(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(await([](SecretBackend::Callback done) { Keychain::instance().read(QStringLiteral("missing"), done); }).status,
                 SecretAnswer::Status::NotFound);
        QCOMPARE(Keychain::instance().state(), Keychain::State::Available); // "not found" is an answer

        // The keychain goes away (locked, its service stopped): the next failure says so.
        auto failing = std::make_unique<MemorySecretBackend>(MemorySecretBackend::Behaviour::Fails, QStringLiteral("locked"));
        Keychain::instance().setBackend(std::move(failing));
        Keychain::instance().probe();
        QTRY_COMPARE(Keychain::instance().state(), Keychain::State::Unavailable);
        QCOMPARE(Keychain::instance().error(), QStringLiteral("locked"));
    }

    void tokensWaitForTheProbeAndNeverHang()
    {
        // A read asked before anything is known waits for the probe, then gets its answer.
        use(MemorySecretBackend::Behaviour::Silent);
        TokenStore tokens;
        QString token = QStringLiteral("unset");
        bool answered = false;
        tokens.read(TokenStore::Server::Era, this, [&](const QString &value) {
            token = value;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 3000);
        QCOMPARE(token, QString());
        QCOMPARE(TokenStore::backend(), TokenStore::Backend::Unavailable);
    }

    void theSystemKeychainWithoutASessionBusIsUnavailable()
    {
        // Nothing can answer on this address, whatever runs on the machine.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/taskdesk-test-bus");
        Keychain::instance().setBackend(std::make_unique<QtKeychainBackend>(QStringLiteral("TaskdeskTest")));
        Keychain::instance().setDeadlines(5000, 5000);
        QSignalSpy changed(&Keychain::instance(), &Keychain::stateChanged);
        Keychain::instance().probe();
        QVERIFY(changed.wait(10000));
        QCOMPARE(Keychain::instance().state(), Keychain::State::Unavailable);
        QVERIFY(!Keychain::instance().error().isEmpty());
    }

    void theEnvironmentChoosesTheBackendForHeadlessRuns()
    {
        // TASKDESK_KEYCHAIN=memory/none is read when no backend was set.
        qputenv("TASKDESK_KEYCHAIN", "none");
        Keychain::instance().setBackend(nullptr);
        QSignalSpy changed(&Keychain::instance(), &Keychain::stateChanged);
        Keychain::instance().probe();
        QVERIFY(changed.wait(2000));
        QCOMPARE(Keychain::instance().state(), Keychain::State::Unavailable);
        QVERIFY(Keychain::instance().error().contains(QLatin1String("TASKDESK_KEYCHAIN")));

        qputenv("TASKDESK_KEYCHAIN", "memory");
        Keychain::instance().setBackend(nullptr);
        Keychain::instance().probe();
        QVERIFY(changed.wait(2000));
        QCOMPARE(Keychain::instance().state(), Keychain::State::Available);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
