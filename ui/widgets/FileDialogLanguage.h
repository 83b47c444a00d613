#pragma once

#include <QObject>

// Watches the application for Qt's own file dialogs (the static getOpenFileName and
// friends included) and has them write sizes and dates in the UI language. Native
// dialogs are left alone: they follow the system, as the platform's other programs.
class FileDialogLanguage : public QObject
{
    Q_OBJECT

public:
    // Installs one watcher on the running application (again: nothing more).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
