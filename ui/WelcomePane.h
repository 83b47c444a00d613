#pragma once

#include <QWidget>

class QCommandLinkButton;

// What an empty database shows in place of its empty table: the three ways to get
// records, each with a line saying what it does.
class WelcomePane : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePane(QWidget *parent = nullptr);

signals:
    void setUpSyncRequested();
    void importRequested();
    void sampleRequested();

private:
    QCommandLinkButton *addChoice(const char *name, const QString &text, const QString &description,
                                  const QString &icon);
};
