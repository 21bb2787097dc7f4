#pragma once

#include "storage/Session.h"

#include <QMainWindow>

class QActionGroup;
class QDialog;
class QLabel;
class QMenu;

namespace ascolto {
class AdminMenu;
class IdleLock;
} // namespace ascolto

namespace ascolto {

class Clock;
class Database;
class ApprovalsView;
class CallListModel;
class CallListView;
class ReportsView;
class DebtorCardView;
class EvaluationListModel;
class EvaluationsView;
class Language;
class TeamBoardModel;
class TeamBoardView;
class PortfolioModel;
class PortfolioView;
class WorkQueueModel;
class WorkQueueView;

// The shell: menus, status bar, and the feature widgets wired together. Stays small: each
// feature lives in its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Context
    {
        Database* db = nullptr;
        const Clock* clock = nullptr;
        Session session;
        QString clientName;
        Language* language = nullptr;
        QString lettersDir; // where plan letters are written
        QString scriptsDir; // clients' own call scripts and message templates
        QString outboxDir;  // where payment-education messages are written
    };

    explicit MainWindow(const Context& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    PortfolioModel* portfolioModel() const { return m_model; }
    PortfolioView* portfolioView() const { return m_portfolio; }
    WorkQueueView* queueView() const { return m_queue; }
    WorkQueueModel* queueModel() const { return m_queueModel; }
    // Team leads and administrators; nullptr for an operator.
    TeamBoardView* teamBoard() const { return m_board; }
    CallListView* callList() const { return m_calls; }
    ReportsView* reports() const { return m_reports; }
    EvaluationsView* evaluations() const { return m_evaluations; }
    ApprovalsView* approvals() const { return m_approvals; }
    // The team lead's review of a call (a new evaluation, or the one it has).
    void openReview(const QString& interactionId);
    void openEvaluation(const QString& evaluationId);
    // Opens the debtor's card in a tab (or brings its tab forward).
    DebtorCardView* openCard(const QString& debtorId);
    DebtorCardView* currentCard() const;
    // The Administration menu; nullptr unless an administrator is logged in.
    AdminMenu* adminMenu() const { return m_admin; }
    // Locks the window after the client's idle minutes (IdleLock).
    IdleLock* idleLock() const { return m_idleLock; }
    // Reopens the calls the user left unsaved (the app was closed or crashed mid-call).
    // Returns how many.
    int restoreCalls();
    // Reloads the lists and figures after data changed outside the window's own actions.
    void refreshAfterChange();
    // Shown in the status bar; empty = never exported.
    void setLastExport(const QString& text);
    // The last round with head office's hub (online sync); empty: no hub, no label.
    void setHubStatus(const QString& text);

signals:
    // File > Export now: the periodic export, at once.
    void exportRequested();
    void languageChosen(const QString& code);
    // A dialog opened from the menus (the import wizard, the conflict review).
    void dialogOpened(QDialog* dialog);
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;
    // Quitting (Ctrl+Q, logout, the window's close button) with a call in progress asks first.
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // Whether the cards may go although a call is in progress in some: their drafts are
    // written now and the user is asked. True at once when no call is open.
    bool mayLeaveCalls(const QVector<DebtorCardView*>& cards);
    void retranslate();
    void showAbout();
    void openImport();
    void openConflicts();
    // The portfolio's "Hand over…": the selected debtors to another operator of their client.
    void reassign(const QStringList& debtorIds);
    void showConflictCount();
    // The team board and the team's calls, as tabs (team leads and administrators).
    void addTeamTabs();

    Context m_ctx;
    PortfolioModel* m_model;
    PortfolioView* m_portfolio;
    WorkQueueModel* m_queueModel;
    WorkQueueView* m_queue;
    class QTabWidget* m_tabs;
    TeamBoardModel* m_boardModel = nullptr;
    TeamBoardView* m_board = nullptr;
    CallListModel* m_callModel = nullptr;
    CallListView* m_calls = nullptr;
    ReportsView* m_reports = nullptr;
    EvaluationListModel* m_evaluationModel = nullptr;
    EvaluationsView* m_evaluations = nullptr;
    ApprovalsView* m_approvals = nullptr;
    void updateApprovalsTitle();
    void refreshEvaluations();
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    AdminMenu* m_admin = nullptr;
    IdleLock* m_idleLock = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_logout = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_exportNow = nullptr;
    QAction* m_import = nullptr;
    QAction* m_conflicts = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QActionGroup* m_languages = nullptr;
    QLabel* m_userStatus;
    QLabel* m_clientStatus;
    QLabel* m_storeStatus;
    QLabel* m_exportStatus;
    QString m_lastExport;
    QLabel* m_hubStatus;
    QString m_lastHub;
};

} // namespace ascolto
