#pragma once

#include <QDialog>

class QTextBrowser;

// Help ▸ User guide: a short built-in page in the UI language, there without a
// network or a browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    static QString html();

private:
    QTextBrowser *m_browser = nullptr;
};
