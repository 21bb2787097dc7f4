#include "DebtorDetailsDialog.h"

#include "DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ascolto {

namespace {

QLineEdit* field(const char* name, const QString& value, QWidget* parent)
{
    auto* e = new QLineEdit(value, parent);
    e->setObjectName(QLatin1String(name));
    return e;
}

} // namespace

DebtorDetailsDialog::DebtorDetailsDialog(const DebtorRecord& debtor, const QDate& today,
                                         Rectify rectify, QWidget* parent)
    : QDialog(parent)
    , m_debtor(debtor)
    , m_rectify(std::move(rectify))
    , m_taxCode(field("taxCode", debtor.taxCode, this))
    , m_vatNumber(field("vatNumber", debtor.vatNumber, this))
    , m_language(new QComboBox(this))
    , m_address(field("address", debtor.address, this))
    , m_postalCode(field("postalCode", debtor.postalCode, this))
    , m_city(field("city", debtor.city, this))
    , m_province(field("province", debtor.province, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("debtorDetailsDialog"));
    setWindowTitle(tr("Correct the details of %1").arg(debtor.displayName));
    setMinimumWidth(480);
    auto* intro = new QLabel(tr("Correct what the debtor says is wrong. The change is recorded "
                                "(who, when, which fields) and reaches the other offices."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    if (debtor.kind == QLatin1String("company")) {
        m_companyName =
            field("companyName",
                  debtor.companyName.isEmpty() ? debtor.displayName : debtor.companyName, this);
        form->addRow(tr("Company name"), m_companyName);
    } else {
        if ((debtor.lastName + debtor.firstName).isEmpty()) {
            m_name = field("name", debtor.displayName, this);
            form->addRow(tr("Name"), m_name);
        } else {
            m_lastName = field("lastName", debtor.lastName, this);
            m_firstName = field("firstName", debtor.firstName, this);
            form->addRow(tr("Surname"), m_lastName);
            form->addRow(tr("First name"), m_firstName);
        }
        m_birthDate = new DateField(DateField::Mode::Date, this);
        m_birthDate->setObjectName(QStringLiteral("birthDate"));
        m_birthDate->setToday(today);
        if (debtor.birthDate.isValid())
            m_birthDate->setDate(debtor.birthDate);
        form->addRow(tr("Birth date"), m_birthDate);
    }
    form->addRow(tr("Tax code (codice fiscale)"), m_taxCode);
    form->addRow(tr("Partita IVA"), m_vatNumber);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Italian"), QStringLiteral("it"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(debtor.language)));
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Postal code (CAP)"), m_postalCode);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("Province"), m_province);
    m_postalCode->setMaxLength(5);
    m_province->setMaxLength(2);
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DebtorDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void DebtorDetailsDialog::accept()
{
    DebtorRecord d = m_debtor;
    if (m_companyName) {
        d.companyName = m_companyName->text();
    } else {
        if (m_name) {
            d.displayName = m_name->text();
        } else {
            d.lastName = m_lastName->text();
            d.firstName = m_firstName->text();
        }
        if (!m_birthDate->problem().isEmpty()) {
            m_error->setText(m_birthDate->problem());
            m_error->show();
            return;
        }
        d.birthDate = m_birthDate->date();
    }
    d.taxCode = m_taxCode->text();
    d.vatNumber = m_vatNumber->text();
    d.language = m_language->currentData().toString();
    d.address = m_address->text();
    d.postalCode = m_postalCode->text();
    d.city = m_city->text();
    d.province = m_province->text();
    const auto saved = m_rectify(d);
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    m_changed = saved.value();
    QDialog::accept();
}

} // namespace ascolto
