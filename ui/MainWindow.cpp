#include "MainWindow.h"
#include "IdleLock.h"

#include "AbsencesDialog.h"
#include "AdminMenu.h"
#include "ApprovalsView.h"
#include "CallListView.h"

#include "CallReviewDialog.h"
#include "CallWorkspace.h"
#include "ConflictReviewDialog.h"
#include "DebtorCardView.h"
#include "EvaluationDialog.h"
#include "EvaluationsView.h"
#include "ImportWizard.h"
#include "Language.h"
#include "MessageBox.h"
#include "PortfolioView.h"
#include "ReassignDialog.h"
#include "ReportsView.h"
#include "TeamBoardView.h"
#include "WorkQueueView.h"

#include "io/CallCatalog.h"
#include "itemmodels/CallListModel.h"
#include "itemmodels/EvaluationListModel.h"
#include "itemmodels/TeamBoardModel.h"
#include "itemmodels/WorkQueueModel.h"

#include "itemmodels/PortfolioModel.h"
#include "storage/AbsenceRepository.h"
#include "storage/CallRepository.h"
#include "storage/ClientRepository.h"
#include "storage/ConflictRepository.h"
#include "storage/Database.h"
#include "storage/DebtorRepository.h"
#include "storage/QualityRepository.h"
#include "storage/UserRepository.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace ascolto {

namespace {
QIcon themed(const char* name, const char* fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QIcon(QLatin1String(fallback)));
}
} // namespace

MainWindow::MainWindow(const Context& context, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(context)
    , m_model(new PortfolioModel(*context.db, context.session, *context.clock,
                                 PortfolioModel::Loading::Background, this))
    , m_portfolio(new PortfolioView(m_model, context.session.role() != Role::Operator, this))
    , m_queueModel(new WorkQueueModel(*context.db, context.session, *context.clock, this))
    , m_queue(new WorkQueueView(m_queueModel, this))
    , m_tabs(new QTabWidget(this))
    , m_userStatus(new QLabel(this))
    , m_clientStatus(new QLabel(this))
    , m_storeStatus(new QLabel(this))
    , m_exportStatus(new QLabel(this))
    , m_hubStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_userStatus->setObjectName(QStringLiteral("statusUser"));
    m_clientStatus->setObjectName(QStringLiteral("statusClient"));
    m_storeStatus->setObjectName(QStringLiteral("statusStore"));
    m_exportStatus->setObjectName(QStringLiteral("statusExport"));
    m_hubStatus->setObjectName(QStringLiteral("statusHub"));
    m_hubStatus->hide();
    setWindowIcon(QIcon(QStringLiteral(":/icons/ascolto.svg")));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_portfolio, QString());
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    connect(m_queue, &WorkQueueView::debtorActivated, this, &MainWindow::openCard);
    connect(m_queue, &WorkQueueView::callRequested, this,
            [this](const QString& debtorId, const QString& purpose, bool askedCallback,
                   const QString& taskId) {
                if (DebtorCardView* card = openCard(debtorId))
                    card->startCall(purpose, askedCallback, taskId);
            });
    setCentralWidget(m_tabs);
    connect(m_portfolio, &PortfolioView::debtorActivated, this, &MainWindow::openCard);
    connect(m_portfolio, &PortfolioView::reassignRequested, this, &MainWindow::reassign);
    if (context.session.canManagePortfolio())
        addTeamTabs();
    m_evaluationModel = new EvaluationListModel(*m_ctx.db, m_ctx.session, *m_ctx.clock, this);
    m_evaluations =
        new EvaluationsView(m_evaluationModel, context.session.canManagePortfolio(), m_tabs);
    m_tabs->tabBar()->setTabButton(m_tabs->addTab(m_evaluations, QString()), QTabBar::RightSide,
                                   nullptr);
    connect(m_evaluations, &EvaluationsView::evaluationActivated, this,
            &MainWindow::openEvaluation);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto* card = qobject_cast<DebtorCardView*>(m_tabs->widget(index));
        if (!card || !mayLeaveCalls({card}))
            return;
        m_tabs->removeTab(index);
        card->deleteLater();
    });
    createMenus();
    statusBar()->addWidget(m_userStatus);
    statusBar()->addWidget(m_clientStatus);
    statusBar()->addWidget(m_storeStatus, 1);
    statusBar()->addPermanentWidget(m_hubStatus);
    statusBar()->addPermanentWidget(m_exportStatus);
    m_storeStatus->setText(QDir::toNativeSeparators(m_ctx.db->path()));
    retranslate();
    resize(1280, 720);
    {
        // The client's setting; an administrator, who serves every client, gets the default.
        int minutes = ClientRecord().idleLockMinutes;
        if (!m_ctx.session.clientId().isEmpty()) {
            if (const auto config =
                    ClientRepository(*m_ctx.db, *m_ctx.clock).configById(m_ctx.session.clientId()))
                minutes = config->client.idleLockMinutes;
        }
        m_idleLock = new IdleLock(
            *m_ctx.clock, minutes, m_ctx.session.username(),
            [this](const QString& password) {
                return UserRepository(*m_ctx.db, *m_ctx.clock)
                    .authenticate(m_ctx.session.username(), password)
                    .status();
            },
            this);
    }
    // Once the window is up: a message shown before would be drawn over the status labels.
    QTimer::singleShot(0, this, &MainWindow::showConflictCount);
}

MainWindow::~MainWindow() = default;

void MainWindow::addTeamTabs()
{
    QVector<QPair<QString, QString>> clients;
    const ClientRepository repo(*m_ctx.db, *m_ctx.clock);
    if (m_ctx.session.role() == Role::Admin) {
        for (const ClientRecord& c : repo.all())
            clients.push_back({c.id, c.name});
    } else if (const auto c = repo.byId(m_ctx.session.clientId())) {
        clients.push_back({c->id, c->name});
    }
    m_boardModel = new TeamBoardModel(*m_ctx.db, m_ctx.session, *m_ctx.clock,
                                      TeamBoardModel::Loading::Background, this);
    m_board = new TeamBoardView(m_boardModel, clients, m_tabs);
    m_approvals = new ApprovalsView(*m_ctx.db, *m_ctx.clock, m_ctx.session, m_tabs);
    m_approvals->setLettersDir(m_ctx.lettersDir);
    m_callModel = new CallListModel(*m_ctx.db, m_ctx.session, *m_ctx.clock, this);
    m_calls = new CallListView(m_callModel, m_model->query().operators(), *m_ctx.clock, m_tabs);
    m_reports = new ReportsView(*m_ctx.db, *m_ctx.clock, m_ctx.session, clients, true,
                                m_ctx.language, m_tabs);
    connect(m_reports, &ReportsView::written, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    for (QWidget* tab : {static_cast<QWidget*>(m_approvals), static_cast<QWidget*>(m_board),
                         static_cast<QWidget*>(m_calls), static_cast<QWidget*>(m_reports)}) {
        const int index = m_tabs->addTab(tab, QString());
        m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    }
    connect(m_board, &TeamBoardView::debtorsRequested, this, [this](const TeamDrill& drill) {
        PortfolioFilter filter;
        // An operator's debtors are their portfolio; the other facts may concern debtors
        // that have changed hands since (a payment received by the previous interlocutor).
        if (drill.fact == TeamKpi::Fact::Debtors)
            filter.operatorId = drill.operatorId;
        else
            filter.drill = drill;
        m_portfolio->setFilter(filter);
        m_tabs->setCurrentWidget(m_portfolio);
    });
    connect(m_board, &TeamBoardView::callsRequested, this, [this](const TeamDrill& drill) {
        m_calls->showDrill(drill);
        m_tabs->setCurrentWidget(m_calls);
    });
    connect(m_calls, &CallListView::debtorActivated, this, &MainWindow::openCard);
    connect(m_calls, &CallListView::reviewRequested, this, &MainWindow::openReview);
    connect(m_approvals, &ApprovalsView::debtorActivated, this, &MainWindow::openCard);
    connect(m_board, &TeamBoardView::absencesRequested, this, [this] {
        // The operators of the client shown on the board (an admin may have chosen another).
        QVector<QPair<QString, QString>> operators;
        for (const OperatorFigures& c : m_boardModel->columns())
            if (!c.operatorId.isEmpty())
                operators.push_back({c.operatorId, c.name});
        auto* dialog = new AbsencesDialog(AbsenceRepository(*m_ctx.db, *m_ctx.clock), m_ctx.session,
                                          operators, m_ctx.clock->today(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AbsencesDialog::changed, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
        emit dialogOpened(dialog);
        dialog->open();
    });
    connect(m_approvals, &ApprovalsView::changed, this, [this] {
        m_portfolio->reload();
        m_queue->reload();
        updateApprovalsTitle();
    });
    connect(m_approvals, &ApprovalsView::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_approvals, &ApprovalsView::dialogOpened, this, &MainWindow::dialogOpened);
}

void MainWindow::updateApprovalsTitle()
{
    if (!m_approvals)
        return;
    const int waiting = m_approvals->waiting();
    m_tabs->setTabText(m_tabs->indexOf(m_approvals),
                       waiting > 0 ? tr("Approvals (%1)").arg(waiting) : tr("Approvals"));
}

void MainWindow::openReview(const QString& interactionId)
{
    QualityRepository quality(*m_ctx.db, *m_ctx.clock);
    if (const auto existing = quality.evaluationOfCall(m_ctx.session, interactionId);
        existing && !existing->isEmpty())
        return openEvaluation(*existing);
    const auto call = quality.review(m_ctx.session, interactionId);
    const auto card =
        call ? quality.current(call->clientId) : Result<QualityRepository::Version>(call.status());
    if (!card) {
        MessageBox::warning(this, tr("Score the call"), card.error());
        return;
    }
    // The steps the operator was guided through: the client's own script when it has one.
    QStringList steps;
    if (const auto client = ClientRepository(*m_ctx.db, *m_ctx.clock).byId(call->clientId)) {
        if (const auto scripts =
                CallCatalog::scripts(Scorecard::readerLanguage(), client->code, m_ctx.scriptsDir)) {
            if (const CallScript* script = scripts->script(call->purpose))
                for (const ScriptStep& step : script->steps)
                    steps << step.title;
        }
    }
    auto* dialog = new CallReviewDialog(
        *call, *card, m_ctx.clock->today(),
        [this, interactionId](const QHash<QString, ScoreAnswer>& answers, const QString& comment,
                              const QualityRepository::Coaching& coaching) {
            return QualityRepository(*m_ctx.db, *m_ctx.clock)
                .evaluate(m_ctx.session, interactionId, answers, comment, coaching);
        },
        steps, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Evaluation saved: the operator reads it in Evaluations."),
                                 10000);
        m_calls->reload();
        refreshEvaluations();
    });
    emit dialogOpened(dialog);
    dialog->open();
}

void MainWindow::openEvaluation(const QString& evaluationId)
{
    auto* dialog = new EvaluationDialog(QualityRepository(*m_ctx.db, *m_ctx.clock), m_ctx.session,
                                        evaluationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EvaluationDialog::changed, this, [this, dialog] {
        statusBar()->showMessage(dialog->notice(), 10000);
        refreshEvaluations();
    });
    emit dialogOpened(dialog);
    dialog->open();
}

void MainWindow::refreshEvaluations()
{
    if (!m_evaluations)
        return;
    const int waiting = QualityRepository(*m_ctx.db, *m_ctx.clock).waiting(m_ctx.session);
    m_evaluations->reload(waiting);
    const int index = m_tabs->indexOf(m_evaluations);
    m_tabs->setTabText(index,
                       waiting > 0 ? tr("Evaluations (%1)").arg(waiting) : tr("Evaluations"));
}

DebtorCardView* MainWindow::openCard(const QString& debtorId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* card = qobject_cast<DebtorCardView*>(m_tabs->widget(i));
            card && card->debtorId() == debtorId) {
            m_tabs->setCurrentIndex(i);
            return card;
        }
    }
    auto* card = new DebtorCardView(*m_ctx.db, *m_ctx.clock, m_ctx.session, debtorId, m_tabs);
    card->setLettersDir(m_ctx.lettersDir);
    card->setScriptsDir(m_ctx.scriptsDir);
    card->setOutboxDir(m_ctx.outboxDir);
    m_tabs->setCurrentIndex(m_tabs->addTab(card, card->title()));
    connect(card, &DebtorCardView::changed, this, &MainWindow::refreshAfterChange);
    connect(card, &DebtorCardView::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    card->setFocus();
    // A call left unsaved with this debtor (the card was closed, or the app) goes on, with
    // the focus.
    if (const auto drafts = CallRepository(*m_ctx.db, *m_ctx.clock).drafts(m_ctx.session)) {
        for (const CallState& state : drafts.value()) {
            if (state.debtorId == debtorId) {
                card->restoreCall(state);
                break;
            }
        }
    }
    return card;
}

bool MainWindow::mayLeaveCalls(const QVector<DebtorCardView*>& cards)
{
    QStringList names;
    for (DebtorCardView* card : cards) {
        if (CallWorkspace* call = card->callWorkspace()) {
            call->saveDraftNow();
            names << card->title();
        }
    }
    if (names.isEmpty())
        return true;
    return MessageBox::question(
               this, tr("Call in progress"),
               tr("The call with %1 is not saved. Leave it anyway? Everything typed in it is "
                  "kept and comes back when the card is opened again.")
                   .arg(names.join(QStringLiteral(", "))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QVector<DebtorCardView*> cards;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* card = qobject_cast<DebtorCardView*>(m_tabs->widget(i)))
            cards << card;
    if (mayLeaveCalls(cards))
        event->accept();
    else
        event->ignore();
}

DebtorCardView* MainWindow::currentCard() const
{
    return qobject_cast<DebtorCardView*>(m_tabs->currentWidget());
}

int MainWindow::restoreCalls()
{
    const auto drafts = CallRepository(*m_ctx.db, *m_ctx.clock).drafts(m_ctx.session);
    if (!drafts) {
        statusBar()->showMessage(drafts.error());
        return 0;
    }
    int restored = 0;
    for (const CallState& state : drafts.value()) {
        // openCard() brings the card's unsaved call back with it.
        DebtorCardView* card = openCard(state.debtorId);
        if (card && card->callWorkspace())
            ++restored;
    }
    if (restored > 0)
        statusBar()->showMessage(
            tr("%n call(s) not saved last time reopened with everything typed in them.", nullptr,
               restored));
    return restored;
}

void MainWindow::refreshAfterChange()
{
    m_portfolio->reload();
    m_queue->reload();
    if (m_board) {
        m_board->reload();
        m_calls->reload();
        m_approvals->reload();
        updateApprovalsTitle();
    }
    refreshEvaluations();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_logout = m_fileMenu->addAction(themed("system-log-out", ":/icons/logout.svg"), QString());
    m_logout->setObjectName(QStringLiteral("actionLogout"));
    m_exportNow = m_fileMenu->addAction(themed("document-save", ":/icons/refresh.svg"), QString());
    m_exportNow->setObjectName(QStringLiteral("actionExportNow"));
    m_exportNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportNow, &QAction::triggered, this, &MainWindow::exportRequested);
    // Importing the client's files and reviewing sync conflicts are team lead work.
    const bool lead = m_ctx.session.canManagePortfolio();
    m_import =
        m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), QString());
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setVisible(lead);
    connect(m_import, &QAction::triggered, this, &MainWindow::openImport);
    m_conflicts = m_fileMenu->addAction(QString());
    m_conflicts->setObjectName(QStringLiteral("actionConflicts"));
    m_conflicts->setVisible(lead);
    connect(m_conflicts, &QAction::triggered, this, &MainWindow::openConflicts);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(themed("application-exit", ":/icons/quit.svg"), QString());
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refresh = m_viewMenu->addAction(themed("view-refresh", ":/icons/refresh.svg"), QString());
    m_refresh->setObjectName(QStringLiteral("actionRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_portfolio, &PortfolioView::reload);
    m_languageMenu = m_viewMenu->addMenu(
        themed("preferences-desktop-locale", ":/icons/language.svg"), QString());
    m_languages = new QActionGroup(this);
    for (const QString& code : Language::available()) {
        QAction* a = m_languageMenu->addAction(Language::nativeName(code));
        a->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(m_ctx.language && m_ctx.language->current() == code);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_ctx.language && m_ctx.language->apply(code))
                emit languageChosen(code);
        });
    }

    if (m_ctx.session.canManageUsers()) {
        m_admin = new AdminMenu(*m_ctx.db, *m_ctx.clock, m_ctx.session, m_ctx.scriptsDir,
                                menuBar()->addMenu(QString()), this);
        connect(m_admin, &AdminMenu::importRequested, this, &MainWindow::openImport);
        connect(m_admin, &AdminMenu::dialogOpened, this, &MainWindow::dialogOpened);
        connect(m_admin, &AdminMenu::changed, this, &MainWindow::refreshAfterChange);
        connect(this, &MainWindow::dialogOpened, m_admin, &AdminMenu::watchDialog);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QIcon(QStringLiteral(":/icons/ascolto.svg")), QString());
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_aboutQt = m_helpMenu->addAction(QString());
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    setWindowTitle(
        tr("Ascolto - %1").arg(m_ctx.clientName.isEmpty() ? tr("all clients") : m_ctx.clientName));
    m_tabs->setTabText(m_tabs->indexOf(m_queue), tr("Today"));
    m_tabs->setTabText(m_tabs->indexOf(m_portfolio), tr("Portfolio"));
    if (m_board) {
        m_tabs->setTabText(m_tabs->indexOf(m_board), tr("Team"));
        m_tabs->setTabText(m_tabs->indexOf(m_calls), tr("Calls"));
        m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Reports"));
        updateApprovalsTitle();
    }
    refreshEvaluations();
    m_fileMenu->setTitle(tr("&File"));
    m_logout->setText(tr("&Log out"));
    m_quit->setText(tr("&Quit"));
    m_exportNow->setText(tr("&Export now"));
    m_exportNow->setToolTip(tr("Write the sync bundle and the activity CSV to the export "
                               "folder now"));
    m_import->setText(tr("&Import client file..."));
    m_import->setToolTip(tr("Debtors, bills or payments from the client's CSV files"));
    m_conflicts->setText(tr("Sync &conflicts..."));
    m_conflicts->setToolTip(tr("Rows both offices changed while apart, and what was overwritten"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_admin)
        m_admin->retranslate();
    m_about->setText(tr("&About Ascolto"));
    m_aboutQt->setText(tr("About &Qt"));
    m_userStatus->setText(
        tr("User: %1 (%2)")
            .arg(m_ctx.session.displayName(), RoleText::display(m_ctx.session.role())));
    m_clientStatus->setText(
        tr("Client: %1").arg(m_ctx.clientName.isEmpty() ? tr("all clients") : m_ctx.clientName));
    m_storeStatus->setToolTip(tr("The local store of this workstation"));
    // A failure can be a long sentence: the status bar shows its start, the tooltip all.
    const QString exportText =
        m_lastExport.isEmpty() ? tr("Last export: never") : tr("Last export: %1").arg(m_lastExport);
    m_exportStatus->setText(
        m_exportStatus->fontMetrics().elidedText(exportText, Qt::ElideRight, width() / 2));
    m_exportStatus->setToolTip(exportText);
    m_hubStatus->setVisible(!m_lastHub.isEmpty());
    m_hubStatus->setText(
        m_hubStatus->fontMetrics().elidedText(m_lastHub, Qt::ElideRight, width() / 3));
    m_hubStatus->setToolTip(m_lastHub);
    for (QAction* a : m_languages->actions())
        a->setChecked(m_ctx.language && a->data().toString() == m_ctx.language->current());
}

void MainWindow::openImport()
{
    auto* wizard = new ImportWizard(*m_ctx.db, m_ctx.session, *m_ctx.clock, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refreshAfterChange);
    emit dialogOpened(wizard);
    wizard->open();
}

void MainWindow::openConflicts()
{
    auto* dialog = new ConflictReviewDialog(*m_ctx.db, m_ctx.session, *m_ctx.clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::showConflictCount);
    emit dialogOpened(dialog);
    dialog->open();
}

void MainWindow::reassign(const QStringList& debtorIds)
{
    DebtorRepository debtors(*m_ctx.db, *m_ctx.clock);
    QString clientId, current;
    bool shared = true;
    for (const QString& id : debtorIds) {
        const auto d = debtors.find(m_ctx.session, id);
        if (!d) {
            MessageBox::warning(this, tr("Hand over"), d.error());
            return;
        }
        if (clientId.isEmpty()) {
            clientId = d->clientId;
            current = d->assignedOperatorId;
        } else if (d->clientId != clientId) {
            MessageBox::warning(this, tr("Hand over"),
                                tr("Choose debtors of one client: each client has its own "
                                   "operators."));
            return;
        }
        shared = shared && d->assignedOperatorId == current;
    }
    QVector<QPair<QString, QString>> operators;
    QString currentName;
    for (const UserRecord& u : UserRepository(*m_ctx.db, *m_ctx.clock).list(m_ctx.session)) {
        if (u.id == current)
            currentName = u.displayName;
        if (u.role == Role::Operator && u.active && u.clientId == clientId)
            operators.push_back({u.id, u.displayName});
    }
    if (!shared)
        currentName.clear();
    const Session session = m_ctx.session;
    auto* dialog = new ReassignDialog(
        int(debtorIds.size()), operators, currentName,
        [this, debtorIds, current, session](const QString& operatorId, const QString& note,
                                            bool allOfOperator) {
            DebtorRepository repository(*m_ctx.db, *m_ctx.clock);
            return allOfOperator ? repository.reassignAllOf(session, current, operatorId, note)
                                 : repository.reassign(session, debtorIds, operatorId, note);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(dialog->resultText());
        refreshAfterChange();
    });
    emit dialogOpened(dialog);
    dialog->open();
}

void MainWindow::showConflictCount()
{
    if (!m_ctx.session.canManagePortfolio())
        return;
    const auto open = ConflictRepository(*m_ctx.db, *m_ctx.clock).unreviewedCount(m_ctx.session);
    if (open && open.value() > 0)
        statusBar()->showMessage(
            tr("%n sync conflict(s) to review: File > Sync conflicts.", nullptr, open.value()));
}

void MainWindow::setLastExport(const QString& text)
{
    m_lastExport = text;
    retranslate();
}

void MainWindow::setHubStatus(const QString& text)
{
    m_lastHub = text;
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Ascolto"),
        tr("<h3>Ascolto %1</h3><p>A workstation for credit management as customer care: "
           "caring calls before the due date, empathy-guided conversations, repayment plans the "
           "debtor can afford.</p><p>Licensed under the Apache License 2.0.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace ascolto
