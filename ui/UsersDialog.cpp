#include "UsersDialog.h"

#include "MessageBox.h"

#include "storage/ClientRepository.h"
#include "storage/Session.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ascolto {

UsersDialog::UsersDialog(Database& db, const Clock& clock, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("UsersDialog"));
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Client"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    auto* actions = new QHBoxLayout;
    auto* deactivate = new QPushButton(tr("Deactivate"));
    deactivate->setObjectName(QStringLiteral("deactivate"));
    auto* reactivate = new QPushButton(tr("Reactivate"));
    reactivate->setObjectName(QStringLiteral("reactivate"));
    auto* reset = new QPushButton(tr("Reset password"));
    reset->setObjectName(QStringLiteral("resetPassword"));
    reset->setToolTip(tr("Sets the password typed below as a temporary one: the user must "
                         "choose a new one at the next login."));
    connect(deactivate, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(reactivate, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    // Enter in the form adds the user; it never deactivates anyone.
    for (QPushButton* b : {deactivate, reactivate, reset})
        b->setAutoDefault(false);
    actions->addWidget(deactivate);
    actions->addWidget(reactivate);
    actions->addWidget(reset);
    actions->addStretch();

    auto* form = new QFormLayout;
    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : {Role::Operator, Role::TeamLead, Role::Admin})
        m_role->addItem(RoleText::display(r), RoleText::code(r));
    m_client = new QComboBox;
    m_client->setObjectName(QStringLiteral("client"));
    for (const ClientRecord& c : ClientRepository(m_db, m_clock).all())
        m_client->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.id);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_client->setEnabled(m_role->currentData().toString() != QLatin1String("admin"));
    });
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Full name"), m_displayName);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Client"), m_client);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Repeat password"), m_repeat);
    auto* addButton = new QPushButton(tr("Add user"));
    addButton->setObjectName(QStringLiteral("addUser"));
    addButton->setDefault(true);
    connect(addButton, &QPushButton::clicked, this, &UsersDialog::add);
    form->addRow(QString(), addButton);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_done = new QLabel;
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_done);
    layout->addWidget(buttons);
    reload();
    resize(700, 600);
    m_username->setFocus();
}

void UsersDialog::reload()
{
    const QString keep = selectedId();
    ClientRepository clients(m_db, m_clock);
    const QVector<UserRecord> users = UserRepository(m_db, m_clock).list(m_session);
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const UserRecord& u = users.at(row);
        const auto client = clients.byId(u.clientId);
        auto* name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username));
        name->setData(Qt::UserRole, u.id);
        name->setData(Qt::UserRole + 1, u.username);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(RoleText::display(u.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(client ? client->code : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(u.active ? tr("active") : tr("deactivated")));
        if (u.id == keep)
            m_table->selectRow(row);
    }
}

void UsersDialog::selectUser(const QString& username)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole + 1).toString() == username)
            m_table->selectRow(row);
}

QString UsersDialog::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

QString UsersDialog::problem() const
{
    return m_problem->text();
}

void UsersDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    if (!text.isEmpty())
        m_done->clear();
}

void UsersDialog::add()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("The two passwords differ."));
        return;
    }
    UserRecord u;
    u.username = m_username->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.role = RoleText::fromCode(m_role->currentData().toString()).value_or(Role::Operator);
    if (u.role != Role::Admin)
        u.clientId = m_client->currentData().toString();
    const auto id = UserRepository(m_db, m_clock).create(m_session, u, m_password->text());
    if (!id) {
        showProblem(id.error());
        return;
    }
    showProblem(QString());
    m_done->setText(tr("%1 added as %2.").arg(u.username, RoleText::display(u.role)));
    m_username->clear();
    m_displayName->clear();
    m_password->clear();
    m_repeat->clear();
    reload();
    selectUser(u.username);
    m_username->setFocus();
}

void UsersDialog::setActive(bool active)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        showProblem(tr("Select a user first."));
        return;
    }
    if (!active &&
        MessageBox::question(this, tr("Deactivate"),
                             tr("The user will not be able to log in; their history keeps "
                                "their name. Go ahead?")) != QMessageBox::Yes)
        return;
    const Status s = UserRepository(m_db, m_clock).setActive(m_session, id, active);
    showProblem(s ? QString() : s.error());
    if (s)
        m_done->setText(active ? tr("User reactivated.") : tr("User deactivated."));
    reload();
}

void UsersDialog::resetPassword()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        showProblem(tr("Select a user first."));
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("The two passwords differ."));
        return;
    }
    const Status s = UserRepository(m_db, m_clock).resetPassword(m_session, id, m_password->text());
    showProblem(s ? QString() : s.error());
    if (s) {
        m_done->setText(tr("Temporary password set: the user chooses a new one at the next "
                           "login."));
        m_password->clear();
        m_repeat->clear();
    }
}

} // namespace ascolto
