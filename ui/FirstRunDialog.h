#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QRadioButton;
class QDialogButtonBox;

namespace ascolto {

// Shown when there is no store yet: open the demo portfolio, or start an empty store with
// an administrator account. Holds no rules: the password rule comes from the validator
// passed in (PasswordHasher::acceptable in the app).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Demo,
        Empty
    };
    struct Value
    {
        Choice choice = Choice::Demo;
        QString adminUsername;
        QString adminPassword;
    };
    using PasswordRule = std::function<QString(const QString&)>; // empty = acceptable

    using NameRule = std::function<QString(const QString&)>; // empty = acceptable
    FirstRunDialog(PasswordRule rule, QWidget* parent = nullptr, NameRule nameRule = {});
    Value value() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();

    PasswordRule m_rule;
    NameRule m_nameRule;
    QLabel* m_intro;
    QRadioButton* m_demo;
    QRadioButton* m_empty;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ascolto
