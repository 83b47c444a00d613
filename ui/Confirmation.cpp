#include "Confirmation.h"

#include <QMessageBox>

namespace {
Confirmation::Handler &handler()
{
    static Confirmation::Handler instance;
    return instance;
}
} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (handler())
        return handler()(parent, title, text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void Confirmation::setHandler(Handler h)
{
    handler() = std::move(h);
}
