#pragma once

#include "domain/ClientConfig.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTimeEdit;

namespace ascolto {

class Clock;
class Database;
class Session;

// Administration > Clients: create or edit a client with everything the product reads from
// it. Holds no rules: ClientConfig::check() validates, and each problem is shown under its
// field. Save writes through ClientRepository (one transaction with its audit row).
class ClientDialog : public QDialog
{
    Q_OBJECT
public:
    ClientDialog(Database& db, const Clock& clock, const Session& session,
                 const QString& scriptsDir, QWidget* parent = nullptr);

    // Opens an existing client (by id) for editing; a new dialog starts with the defaults.
    void load(const QString& clientId);
    ClientConfig draft() const;
    void setDraft(const ClientConfig& config);
    // The id of the client saved last (empty until saved).
    const QString& savedId() const { return m_savedId; }
    // Problems shown now, field -> message (tests read what the user sees).
    QHash<QString, QString> shownProblems() const;

    void accept() override;

private:
    QWidget* identityPage();
    QWidget* mandatePage();
    QWidget* contactPage();
    QWidget* ladderPage();
    QWidget* channelsPage();
    QLabel* errorLabel(const QString& field);
    void showProblems(const QVector<ClientConfig::Problem>& problems);
    void addLadderRow(const QString& stage, int days);
    void loadScriptFile();
    void updateProvinceTable();
    QStringList operatorNames() const;

    Database& m_db;
    const Clock& m_clock;
    const Session& m_session;
    QString m_scriptsDir;
    QString m_clientId;
    QString m_savedId;
    QTabWidget* m_tabs;
    QHash<QString, QLabel*> m_errors;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_vat;
    QLineEdit* m_iban;
    QLineEdit* m_creditor;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QSpinBox* m_maxInstallments;
    QLineEdit* m_minInstallment;
    QSpinBox* m_maxPlanMonths;
    QLineEdit* m_operatorDiscount;
    QLineEdit* m_teamLeadDiscount;
    QLineEdit* m_protectedMinimum;
    QSpinBox* m_missedToBreak;
    QSpinBox* m_daysLateToBreak;
    QSpinBox* m_formalNoticeDays;
    QSpinBox* m_caringDays;
    QSpinBox* m_conversations;
    QSpinBox* m_idleLock;
    QCheckBox* m_mandateEnded;
    QDateEdit* m_mandateEnd;
    QSpinBox* m_retention;
    QLineEdit* m_monthlyFee;
    QLineEdit* m_successFee;
    QComboBox* m_reportLanguage;
    QTimeEdit* m_weekdayStart;
    QTimeEdit* m_weekdayEnd;
    QTimeEdit* m_saturdayStart;
    QTimeEdit* m_saturdayEnd;
    QTableWidget* m_ladder;
    QHash<QString, QCheckBox*> m_channels;
    QComboBox* m_rule;
    QTableWidget* m_provinces;
    QLabel* m_scriptStatus;
    QLabel* m_formError;
    QDialogButtonBox* m_buttons;
    bool m_moneyOk = true;
};

} // namespace ascolto
