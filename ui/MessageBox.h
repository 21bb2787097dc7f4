#pragma once

#include <QMessageBox>

namespace ascolto {

// Every confirmation and error box goes through here so that tests can pre-answer the next
// one (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box returns this answer at once; its text is kept in lastText().
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent,
                                            const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ascolto
