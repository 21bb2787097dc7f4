#pragma once

#include "storage/CallRepository.h"
#include "storage/Session.h"

#include "domain/CallScript.h"
#include "domain/CallState.h"
#include "domain/ContactPolicy.h"
#include "domain/Records.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace ascolto {

class DateField;

class Database;

// The call beside the card: a timer, the contact rules checked at the start (going ahead
// needs a reason), the script for the purpose with the identity check before any debt
// detail, the empathy guide and checklist, structured notes, the outcome and next step,
// a promise to pay, and the satisfaction questions. Everything is saved as a draft while
// typing (CallRepository::saveDraft), so a crash loses nothing; Save records the call.
//
// Keyboard: Ctrl+PgDown / Ctrl+PgUp next / previous step, Alt+Y identity confirmed,
// Alt+T not the debtor, Alt+1..6 emotion, Ctrl+1..6 checklist, Alt+V vulnerability,
// Alt+E / Alt+N / Alt+S the tabs, Ctrl+Return save, Ctrl+Shift+Backspace discard.
class CallWorkspace : public QWidget
{
    Q_OBJECT
public:
    struct Setup
    {
        DebtorCard card;
        ScriptLibrary scripts;
        QHash<QString, QString> values; // placeholder values
        ContactPolicy::Windows windows;
        QDateTime nowLocal;
        QDateTime startOfTodayUtc;
        bool debtorAskedCallback = false; // started from a callback the debtor asked for
    };
    CallWorkspace(Database& db, const Clock& clock, Session session, Setup setup, CallState state,
                  QWidget* parent = nullptr);

    const CallState& state() const { return m_state; }
    // Writes the draft now (otherwise it is written shortly after each change).
    Status saveDraftNow();
    // Validates and records the call; on success emits finished().
    bool save();
    bool isBlocked() const;
    // Focus where the operator starts: the reason field while the rules block the call.
    void takeFocus();
    int currentStep() const { return m_state.step; }
    QString currentStepKind() const;
    QString currentStepText() const;

signals:
    void dialogOpened(QDialog* dialog);
    void finished(const CallRepository::Saved& saved, const CallState& state);
    void discarded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void loadState();
    void collect();
    void changed();
    void showStep();
    void moveStep(int delta);
    void setIdentity(CallState::Identity identity);
    void setEmotion(const QString& code);
    void proceedAnyway();
    void recheckRules();
    void openVulnerability();
    void discard();
    void tick();
    const QVector<ScriptStep>& steps() const;

    Database& m_db;
    const Clock& m_clock;
    Session m_session;
    Setup m_setup;
    CallState m_state;
    bool m_loading = false;
    QElapsedTimer m_elapsed;
    int m_elapsedBase = 0;
    QTimer* m_tick;
    QTimer* m_draftTimer;

    QLabel* m_title;
    QLabel* m_timer;
    QComboBox* m_purpose;
    QComboBox* m_contact;
    QFrame* m_blocked;
    QLabel* m_blockedText;
    QLineEdit* m_override;
    QPushButton* m_proceed;
    QWidget* m_body;
    QPushButton* m_identityYes;
    QPushButton* m_identityNo;
    QLabel* m_identityState;
    QComboBox* m_relation;
    QListWidget* m_steps;
    QTextBrowser* m_stepText;
    QTabWidget* m_tabs;
    QButtonGroup* m_emotions;
    QLabel* m_guidance;
    QVector<QCheckBox*> m_checks;
    QPushButton* m_vulnerability;
    QLabel* m_vulnerabilityState;
    QComboBox* m_reason;
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
    QComboBox* m_nextAction;
    DateField* m_nextAt;
    QLineEdit* m_promiseAmount;
    DateField* m_promiseDate;
    QComboBox* m_promiseChannel;
    QCheckBox* m_optOut;
    QComboBox* m_csat;
    QComboBox* m_ces;
    QComboBox* m_nps;
    QLineEdit* m_surveyComment;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_discard;
};

// The vulnerability disclosure flow: thank, explain the use, ask explicit consent, ask
// about the impact and who helps, signpost. OK only with consent and a category.
class VulnerabilityDialog : public QDialog
{
    Q_OBJECT
public:
    VulnerabilityDialog(const QVector<ScriptStep>& steps, const QHash<QString, QString>& values,
                        QWidget* parent = nullptr);
    QString category() const;
    QString note() const;
    bool consent() const;

private:
    QComboBox* m_category;
    QPlainTextEdit* m_note;
    QCheckBox* m_consent;
    QPushButton* m_ok;
};

} // namespace ascolto
