#pragma once

#include "io/CallCatalog.h"
#include "storage/Session.h"

#include "domain/CallState.h"
#include "domain/Clock.h"
#include "domain/Records.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ascolto {

class AgingBars;
class CallWorkspace;
class Database;
class InvoiceListModel;
class RowListModel;

// The debtor's card: identity and contacts, relationship, balance and aging, bills (loaded
// page by page), payments, plans, promises, the timeline of conversations, complaints,
// surveys and messages; with the actions of a call (keyboard shortcuts on each).
// Dialogs open window-modal without blocking (dialogOpened lets tests fill them in).
class DebtorCardView : public QWidget
{
    Q_OBJECT
public:
    DebtorCardView(Database& db, const Clock& clock, Session session, QString debtorId,
                   QWidget* parent = nullptr);

    const QString& debtorId() const { return m_debtorId; }
    const DebtorCard& card() const { return m_card; }
    QString title() const;
    // Re-reads everything (after a change made here or elsewhere).
    void reload();

    // Opens the call workspace beside the card (purpose empty: proposed from the card), or
    // brings the open call forward. `debtorAskedCallback`: the call is a callback the debtor
    // asked for (the one-conversation-a-day rule does not apply). `taskId`: the Today task
    // the call serves (a callback, a close-the-loop call), closed when the call is saved.
    CallWorkspace* startCall(const QString& purpose = {}, bool debtorAskedCallback = false,
                             const QString& taskId = {});
    // Reopens a call that was not saved (after a crash), with everything typed in it.
    CallWorkspace* restoreCall(const CallState& state);
    CallWorkspace* callWorkspace() const { return m_call; }

    QAction* startCallAction() const { return m_startCall; }
    QAction* sendMessageAction() const { return m_sendMessage; }
    QAction* forwardComplaintAction() const { return m_forwardComplaint; }
    QAction* resolveComplaintAction() const { return m_resolveComplaint; }
    QAction* recordPaymentAction() const { return m_recordPayment; }
    QAction* addComplaintAction() const { return m_addComplaint; }
    QAction* confirmReceiptAction() const { return m_confirmReceipt; }
    QAction* newPlanAction() const { return m_newPlan; }
    // Where plan letters (PDF) are written.
    void setLettersDir(const QString& dir) { m_lettersDir = dir; }
    // A client's own scripts and templates: <dir>/<CLIENT CODE>/ (see CallCatalog).
    void setScriptsDir(const QString& dir) { m_scriptsDir = dir; }
    // Where payment-education messages are written.
    void setOutboxDir(const QString& dir) { m_outboxDir = dir; }
    // Path of the last letter written (empty if none).
    const QString& lastLetter() const { return m_lastLetter; }
    // The files of the last access request answered from this card: {json, pdf}.
    const QStringList& lastAccessFiles() const { return m_lastAccessFiles; }

signals:
    // Something of the debtor changed: lists, figures and the queue should refresh.
    void changed();
    void dialogOpened(QDialog* dialog);
    // A call was saved or discarded and its workspace closed.
    void callClosed();
    // What an action stored, in a few words, for the status bar.
    void notice(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void fill();
    // Opens the dialog beside the card; when it is accepted the card reloads and
    // `confirmation` (evaluated then, on the reloaded card) goes to the status bar.
    void openDialog(QDialog* dialog, std::function<QString()> confirmation = {});
    void startCallFromCard() { startCall(); }
    CallWorkspace* openWorkspace(CallState state, bool debtorAskedCallback);
    // What script and message placeholders need besides the card.
    CallCatalog::Context catalogContext(const Result<ClientRecord>& client) const;
    void closeWorkspace();
    void sendMessage();
    const ComplaintRecord* selectedComplaint();
    void forwardComplaint();
    void resolveComplaint();
    void recordPayment();
    void addComplaint();
    void confirmReceipt();
    // Writes everything held about the debtor (access request) beside the letters.
    void accessRequest();
    void rectifyDetails();
    // A team lead's decision on the plan waiting for approval (PlanRepository::decide).
    void approvePlan();
    // The letter confirming a plan on the card to the debtor (PDF in the letters folder).
    Result<QString> writePlanLetter(const QString& planId);
    void rejectPlan();
    QString pendingPlanId() const;
    void newPlan();

    Database& m_db;
    const Clock& m_clock;
    Session m_session;
    QString m_debtorId;
    DebtorCard m_card;
    QString m_loadError;
    QLabel* m_header;
    QLabel* m_identity;
    QLabel* m_balance;
    AgingBars* m_aging;
    QTabWidget* m_tabs;
    QTableView* m_contacts;
    QTableView* m_relationship;
    QTableView* m_bills;
    InvoiceListModel* m_billModel;
    QVector<QPair<QTableView*, RowListModel*>> m_lists;
    QSplitter* m_splitter;
    CallWorkspace* m_call = nullptr;
    QAction* m_startCall = nullptr;
    QAction* m_sendMessage = nullptr;
    QAction* m_forwardComplaint = nullptr;
    QAction* m_resolveComplaint = nullptr;
    QAction* m_recordPayment = nullptr;
    QAction* m_addComplaint = nullptr;
    QAction* m_confirmReceipt = nullptr;
    QAction* m_accessRequest = nullptr;
    QAction* m_rectify = nullptr;
    QAction* m_approvePlan = nullptr;
    QAction* m_rejectPlan = nullptr;
    QAction* m_newPlan = nullptr;
    QString m_lettersDir;
    QString m_scriptsDir;
    QString m_outboxDir;
    QString m_lastLetter;
    QStringList m_lastAccessFiles;
};

} // namespace ascolto
