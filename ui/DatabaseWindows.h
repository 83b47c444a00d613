#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>

class MainWindow;
class Workspace;

// The open databases of this run, each in a window of its own: the operator's, and
// the sample when asked for. A window closed takes its database with it.
class DatabaseWindows : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWindows(QObject *parent = nullptr);
    ~DatabaseWindows() override;

    // Opens `path` in a new window, or raises the window that has it open already.
    // Null with `error` set when the database cannot be opened.
    MainWindow *open(const QString &path, QString *error);
    // The sample database, made on first use.
    MainWindow *openSample(QString *error);
    // Closes the sample's window if it is open, makes the sample anew and opens it.
    MainWindow *resetSample(QString *error);

    MainWindow *windowFor(const QString &path) const;
    int count() const { return int(m_open.size()); }

signals:
    void failed(const QString &message);

private:
    void adopt(MainWindow *window);

    // Destroyed in this order: the window before its workspace.
    struct Entry
    {
        std::unique_ptr<Workspace> workspace;
        QPointer<MainWindow> window;
    };
    std::map<MainWindow *, Entry> m_open;
};
