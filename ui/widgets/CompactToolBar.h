#pragma once

#include <QToolBar>

// A tool bar that drops its buttons' words, not its buttons, when it is narrow: at
// 1024 px the step editor's last three commands went behind the "»" extension, out of
// sight. With icons only, each button keeps its words and shortcut in its tool tip.
class CompactToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit CompactToolBar(QWidget *parent = nullptr);

    // The width every visible action needs with its words beside its icon.
    int widthWithWords() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void actionEvent(QActionEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitStyle();
};
