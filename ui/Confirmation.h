#pragma once

#include <QString>

#include <functional>

class QWidget;

// Asks the user a yes/no question. Windows call this instead of QMessageBox so that
// tests can answer without a modal dialog blocking them.
class Confirmation
{
public:
    using Handler = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    static bool ask(QWidget *parent, const QString &title, const QString &text);
    // Replaces the dialog (tests); an empty handler restores it.
    static void setHandler(Handler handler);
};
