#pragma once

// What the sync user interface tests share: the real MainWindow, offscreen, on a new
// database, the reference server on loopback (reseeded for each test), a server profile,
// and a keychain set by the test (one that fails unless a test says otherwise), never
// the machine's own.

#include "GuiActions.h"
#include "MainWindowFixture.h"
#include "RefServer.h"
#include "SeedData.h"
#include "SyncRun.h"
#include "SyncWindowTest.h"
#include "TableEdits.h"
#include "TemporaryDatabase.h"
#include "WindowSync.h"

#include "Confirmation.h"
#include "MainWindow.h"
#include "i18n/Translator.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "servicetasks/ServiceTasksPage.h"
#include "series/TaskSeriesPage.h"
#include "storage/Workspace.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncPanel.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/MemorySecretBackend.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using GuiTest::child;

using Seed::kOtherId;
using Seed::kSeedId;
using Seed::kSeedName;

// The settings file as text (what is stored in it, and what is not).
QString settingsFileText();
// Waits for the token store's answer (its callbacks are always queued).
QString readToken(TokenStore &store, TokenStore::Server server);
QStringList logLines(SyncPanel *panel);

class SyncUiTest : public SyncWindowTest
{
    Q_OBJECT

public:
    SyncUiTest() : SyncWindowTest(QStringLiteral("syncui-")) {}

protected:
    void setProfile(const QUrl &url)
    {
        SyncSettingsDialog::Profile profile;
        profile.eraUrl = url;
        profile.patrolUrl = url;
        profile.timeoutSeconds = 10;
        profile.pageSize = 2;
        profile.parallel = 2;
        profile.save();
    }

    // A window whose sync a server wanting a token refused (401); null when the server did
    // not start or the sync was not refused.
    MainWindow *syncWithRefusedToken(RefServer &guarded)
    {
        if (!guarded.start({QStringLiteral("--token"), QStringLiteral("right-token")}))
            return nullptr;
        setProfile(guarded.url());
        MainWindow *window = openWindow();
        return window && syncFromWindow().authFailed ? window : nullptr;
    }

    MemorySecretBackend *useKeychain(MemorySecretBackend::Behaviour behaviour, const QString &failure = QString())
    {
        auto backend = std::make_unique<MemorySecretBackend>(behaviour, failure);
        MemorySecretBackend *raw = backend.get();
        Keychain::instance().setBackend(std::move(backend));
        Keychain::instance().setDeadlines(5000, 30000);
        return raw;
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
};
