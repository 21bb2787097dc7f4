#include "DebtorRepository.h"

#include "AssignmentRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "DebtorSummaryRepository.h"
#include "Erasure.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/CodiceFiscale.h"
#include "domain/PartitaIva.h"
#include "domain/PhoneNumber.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace ascolto {

namespace {

Result<ContactRecord> normalised(ContactRecord c)
{
    if (c.kind == QLatin1String("phone")) {
        const auto phone = PhoneNumber::parse(c.value);
        if (!phone)
            return phone.status();
        c.value = phone->e164;
    } else {
        c.value = c.value.trimmed().toLower();
        const int at = c.value.indexOf(QLatin1Char('@'));
        if (at < 1 || c.value.indexOf(QLatin1Char('.'), at) < 0)
            return Result<ContactRecord>::failure(
                DebtorRepository::tr("\"%1\" is not an e-mail address").arg(c.value));
    }
    return c;
}

// Tax code and VAT number as create() and rectify() store them: checked, normalised.
Status normaliseIdentity(DebtorRecord& d, int year)
{
    if (!d.taxCode.isEmpty()) {
        if (d.taxCode.size() == 16) {
            const auto cf = CodiceFiscale::validate(d.taxCode, year);
            if (!cf)
                return cf.status();
            d.taxCode = cf->code;
        } else {
            const auto numeric = PartitaIva::validate(d.taxCode);
            if (!numeric)
                return numeric.status();
            d.taxCode = numeric.value();
        }
    }
    if (!d.vatNumber.isEmpty()) {
        const auto vat = PartitaIva::validate(d.vatNumber);
        if (!vat)
            return vat.status();
        d.vatNumber = vat.value();
    }
    return Status::success();
}

} // namespace

Status DebtorRepository::insertContact(const QString& debtorId, const ContactRecord& contact,
                                       QString* id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO contact(id, debtor_id, kind, value, label, owner, "
                             "verified, consent, opt_out, preferred, device_id, updated_at) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    *id = contact.id.isEmpty() ? newId() : contact.id;
    q.addBindValue(*id);
    q.addBindValue(debtorId);
    q.addBindValue(contact.kind);
    q.addBindValue(contact.value);
    q.addBindValue(contact.label);
    q.addBindValue(contact.owner);
    q.addBindValue(contact.verified ? 1 : 0);
    q.addBindValue(contact.consent);
    q.addBindValue(contact.optOut ? 1 : 0);
    q.addBindValue(contact.preferred ? 1 : 0);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    return execOrFail(q, tr("Saving a contact"));
}

Result<QString> DebtorRepository::create(const Session& session, const DebtorRecord& input)
{
    using R = Result<QString>;
    if (!session.canManagePortfolio())
        return R::failure(Session::notAllowed(tr("add debtors")));
    DebtorRecord d = input;
    if (session.role() == Role::TeamLead)
        d.clientId = session.clientId();
    if (d.clientId.isEmpty())
        return R::failure(tr("The debtor must belong to a client."));
    if (const QString closed = Erasure::closedReason(m_db, d.clientId); !closed.isEmpty())
        return R::failure(closed);
    if (d.customerCode.trimmed().isEmpty())
        return R::failure(tr("The customer code is empty."));
    if (d.displayName.trimmed().isEmpty())
        d.displayName = d.kind == QLatin1String("company")
                            ? d.companyName
                            : QStringLiteral("%1 %2").arg(d.lastName, d.firstName).trimmed();
    if (d.displayName.trimmed().isEmpty())
        return R::failure(tr("The debtor has no name."));
    if (Status s = normaliseIdentity(d, m_clock.today().year()); !s)
        return s;
    QVector<ContactRecord> contacts;
    for (const ContactRecord& c : d.contacts) {
        const auto n = normalised(c);
        if (!n)
            return n.status();
        contacts.push_back(n.value());
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = d.id.isEmpty() ? newId() : d.id;
    const QString now = isoUtc(m_clock.nowUtc());
    const QDate since = d.assignedSince.isValid() ? d.assignedSince : m_clock.today();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO debtor(id, client_id, customer_code, kind, first_name, last_name, "
        "company_name, display_name, tax_code, vat_number, birth_date, language, address, "
        "postal_code, city, province, assigned_operator_id, assigned_since, vulnerability, "
        "do_not_contact, hold_reason, device_id, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id),
          QVariant(d.clientId),
          QVariant(d.customerCode.trimmed()),
          QVariant(d.kind),
          nullable(d.firstName),
          nullable(d.lastName),
          nullable(d.companyName),
          QVariant(d.displayName.trimmed()),
          nullable(d.taxCode),
          nullable(d.vatNumber),
          nullable(isoDate(d.birthDate)),
          QVariant(d.language),
          nullable(d.address),
          nullable(d.postalCode),
          nullable(d.city),
          nullable(d.province),
          nullable(d.assignedOperatorId),
          d.assignedOperatorId.isEmpty() ? QVariant() : QVariant(isoDate(since)),
          nullable(d.vulnerability),
          QVariant(d.doNotContact ? 1 : 0),
          nullable(d.holdReason),
          QVariant(m_db.deviceId()),
          QVariant(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return R::failure(
                tr("A debtor with customer code %1 already exists.").arg(d.customerCode));
        return R::failure(q.lastError().text());
    }
    for (const ContactRecord& c : contacts) {
        QString contactId;
        if (Status s = insertContact(id, c, &contactId); !s)
            return s;
    }
    for (const SupplyRecord& s : d.supplies) {
        QSqlQuery sq(m_db.sql());
        sq.prepare(QStringLiteral("INSERT INTO supply(id, debtor_id, service, point_code, "
                                  "address, billing_frequency, start_date, device_id, "
                                  "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(s.id.isEmpty() ? newId() : s.id), QVariant(id), QVariant(s.service),
              nullable(s.pointCode), nullable(s.address), QVariant(s.billingFrequency),
              nullable(isoDate(s.startDate)), QVariant(m_db.deviceId()), QVariant(now)})
            sq.addBindValue(v);
        if (Status st = execOrFail(sq, tr("Saving a supply")); !st)
            return st;
    }
    if (!d.assignedOperatorId.isEmpty()) {
        QSqlQuery aq(m_db.sql());
        aq.prepare(QString::fromLatin1(AssignmentRepository::historyInsertSql()));
        for (const QVariant& v :
             {QVariant(newId()), QVariant(id), QVariant(d.assignedOperatorId),
              QVariant(isoDate(since)), QVariant(QStringLiteral("first_assignment")),
              nullable(session.userId()), QVariant(m_db.deviceId()), QVariant(now)})
            aq.addBindValue(v);
        if (Status st = execOrFail(aq, tr("Recording the interlocutor")); !st)
            return st;
    }
    if (Status s = DebtorSummaryRepository(m_db).recompute(id, m_clock.today()); !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).rebuildSearch(id); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("debtor"), id,
                                    {{QStringLiteral("customer_code"), d.customerCode}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Result<QStringList> DebtorRepository::rectify(const Session& session, const DebtorRecord& input)
{
    using R = Result<QStringList>;
    const auto current = find(session, input.id);
    if (!current)
        return R::failure(current.error());
    DebtorRecord d = input;
    for (QString* text :
         {&d.firstName, &d.lastName, &d.companyName, &d.address, &d.postalCode, &d.city})
        *text = text->simplified();
    d.taxCode = d.taxCode.trimmed().toUpper();
    d.vatNumber = d.vatNumber.trimmed();
    d.province = d.province.trimmed().toUpper();
    // The name shown follows its parts; a debtor the client's file named in one piece keeps
    // one piece.
    const bool company = current->kind == QLatin1String("company");
    if (company && !d.companyName.isEmpty())
        d.displayName = d.companyName;
    else if (!company &&
             !(d.lastName + d.firstName + current->lastName + current->firstName).isEmpty())
        d.displayName = QStringLiteral("%1 %2").arg(d.lastName, d.firstName).trimmed();
    d.displayName = d.displayName.simplified();
    if (d.displayName.isEmpty())
        return R::failure(company ? tr("The company name is empty.")
                                  : tr("The debtor's name is empty."));
    if (Status s = normaliseIdentity(d, m_clock.today().year()); !s)
        return R::failure(s.error());
    static const QRegularExpression postalCode(QStringLiteral("^\\d{5}$"));
    static const QRegularExpression province(QStringLiteral("^[A-Z]{2}$"));
    if (!d.postalCode.isEmpty() && !postalCode.match(d.postalCode).hasMatch())
        return R::failure(
            tr("The postal code (CAP) has five digits: \"%1\" is not one.").arg(d.postalCode));
    if (!d.province.isEmpty() && !province.match(d.province).hasMatch())
        return R::failure(tr("The province is its two-letter code (MI, RM...): \"%1\" is not one.")
                              .arg(d.province));
    if (d.birthDate.isValid() && d.birthDate > m_clock.today())
        return R::failure(tr("The birth date %1 is in the future.")
                              .arg(QLocale().toString(d.birthDate, QLocale::ShortFormat)));
    if (d.language != QLatin1String("it") && d.language != QLatin1String("en"))
        return R::failure(tr("The debtor's language is Italian or English."));

    // Column, corrected value, value held.
    const QVector<std::tuple<const char*, QVariant, QVariant>> fields = {
        {"first_name", nullable(d.firstName), nullable(current->firstName)},
        {"last_name", nullable(d.lastName), nullable(current->lastName)},
        {"company_name", nullable(d.companyName), nullable(current->companyName)},
        {"display_name", QVariant(d.displayName), QVariant(current->displayName)},
        {"tax_code", nullable(d.taxCode), nullable(current->taxCode)},
        {"vat_number", nullable(d.vatNumber), nullable(current->vatNumber)},
        {"birth_date", nullable(isoDate(d.birthDate)), nullable(isoDate(current->birthDate))},
        {"language", QVariant(d.language), QVariant(current->language)},
        {"address", nullable(d.address), nullable(current->address)},
        {"postal_code", nullable(d.postalCode), nullable(current->postalCode)},
        {"city", nullable(d.city), nullable(current->city)},
        {"province", nullable(d.province), nullable(current->province)},
    };
    QStringList changed, sets;
    QVariantList values;
    for (const auto& [column, corrected, held] : fields) {
        if (corrected.toString() == held.toString() && corrected.isNull() == held.isNull())
            continue;
        changed << QLatin1String(column);
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        values << corrected;
    }
    if (changed.isEmpty())
        return changed;
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE debtor SET %1, version = version + 1, device_id = ?, "
                             "updated_at = ? WHERE id = ?")
                  .arg(sets.join(QStringLiteral(", "))));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(d.id);
    if (Status s = execOrFail(q, tr("Correcting the debtor's details")); !s)
        return R::failure(s.error());
    DebtorSummaryRepository summaries(m_db);
    if (Status s = summaries.recompute(d.id, m_clock.today()); !s)
        return R::failure(s.error());
    if (Status s = summaries.rebuildSearch(d.id); !s)
        return R::failure(s.error());
    // Which fields, never their values: the audit log outlives an erasure of the debtor.
    if (Status s = AuditLog::append(
            m_db, m_clock, session, QStringLiteral("rectify"), QStringLiteral("debtor"), d.id,
            {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}});
        !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return changed;
}

Result<DebtorRecord> DebtorRepository::find(const Session& session, const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT d.id, d.client_id, d.customer_code, d.kind, d.first_name, d.last_name, "
                  "d.company_name, d.display_name, d.tax_code, d.vat_number, d.birth_date, "
                  "d.language, d.address, d.postal_code, d.city, d.province, "
                  "d.assigned_operator_id, d.assigned_since, d.vulnerability, d.do_not_contact, "
                  "d.hold_reason, d.version FROM debtor d WHERE d.id = :id AND %1")
                  .arg(session.debtorScope()));
    q.bindValue(QStringLiteral(":id"), id);
    session.bindScope(q);
    if (!q.exec() || !q.next())
        return Result<DebtorRecord>::failure(tr("This debtor is not in your portfolio."));
    DebtorRecord d;
    int c = 0;
    d.id = q.value(c++).toString();
    d.clientId = q.value(c++).toString();
    d.customerCode = q.value(c++).toString();
    d.kind = q.value(c++).toString();
    d.firstName = q.value(c++).toString();
    d.lastName = q.value(c++).toString();
    d.companyName = q.value(c++).toString();
    d.displayName = q.value(c++).toString();
    d.taxCode = q.value(c++).toString();
    d.vatNumber = q.value(c++).toString();
    d.birthDate = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    d.language = q.value(c++).toString();
    d.address = q.value(c++).toString();
    d.postalCode = q.value(c++).toString();
    d.city = q.value(c++).toString();
    d.province = q.value(c++).toString();
    d.assignedOperatorId = q.value(c++).toString();
    d.assignedSince = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    d.vulnerability = q.value(c++).toString();
    d.doNotContact = q.value(c++).toBool();
    d.holdReason = q.value(c++).toString();
    d.version = q.value(c++).toInt();

    QSqlQuery cq(m_db.sql());
    cq.prepare(QStringLiteral("SELECT id, kind, value, label, owner, verified, consent, opt_out, "
                              "preferred FROM contact WHERE debtor_id = ? ORDER BY preferred "
                              "DESC, kind, value"));
    cq.addBindValue(id);
    if (cq.exec()) {
        while (cq.next()) {
            ContactRecord r;
            r.id = cq.value(0).toString();
            r.kind = cq.value(1).toString();
            r.value = cq.value(2).toString();
            r.label = cq.value(3).toString();
            r.owner = cq.value(4).toString();
            r.verified = cq.value(5).toBool();
            r.consent = cq.value(6).toString();
            r.optOut = cq.value(7).toBool();
            r.preferred = cq.value(8).toBool();
            d.contacts.push_back(r);
        }
    }
    QSqlQuery sq(m_db.sql());
    sq.prepare(QStringLiteral("SELECT id, service, point_code, address, billing_frequency, "
                              "start_date FROM supply WHERE debtor_id = ? ORDER BY service"));
    sq.addBindValue(id);
    if (sq.exec()) {
        while (sq.next()) {
            SupplyRecord s;
            s.id = sq.value(0).toString();
            s.service = sq.value(1).toString();
            s.pointCode = sq.value(2).toString();
            s.address = sq.value(3).toString();
            s.billingFrequency = sq.value(4).toString();
            s.startDate = QDate::fromString(sq.value(5).toString(), Qt::ISODate);
            d.supplies.push_back(s);
        }
    }
    return d;
}

int DebtorRepository::count(const Session& session) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM debtor d WHERE %1").arg(session.debtorScope()));
    session.bindScope(q);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

Status DebtorRepository::assign(const Session& session, const QString& debtorId,
                                const QString& operatorId, const QString& reason)
{
    return reassign(session, {debtorId}, operatorId, reason).status();
}

Result<int> DebtorRepository::reassignAllOf(const Session& session, const QString& fromOperatorId,
                                            const QString& toOperatorId, const QString& note)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM debtor WHERE assigned_operator_id = ?"));
    q.addBindValue(fromOperatorId);
    if (Status s = execOrFail(q, tr("Reading the operator's debtors")); !s)
        return s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return reassign(session, ids, toOperatorId, note);
}

Result<int> DebtorRepository::reassign(const Session& session, const QStringList& debtorIds,
                                       const QString& operatorId, const QString& note)
{
    using R = Result<int>;
    if (!session.canManagePortfolio())
        return R::failure(Session::notAllowed(tr("reassign debtors")));
    if (note.trimmed().isEmpty())
        return R::failure(
            tr("Give a reason: continuity with the same interlocutor is the method, so every "
               "change is explained."));
    QSqlQuery oq(m_db.sql());
    oq.prepare(QStringLiteral("SELECT client_id, role, active FROM app_user WHERE id = ?"));
    oq.addBindValue(operatorId);
    const bool isOperator = oq.exec() && oq.next() &&
                            oq.value(1).toString() == QLatin1String("operator") &&
                            oq.value(2).toBool();
    const QString operatorClient = isOperator ? oq.value(0).toString() : QString();
    oq.finish();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    const QString today = isoDate(m_clock.today());
    DebtorSummaryRepository summaries(m_db);
    int moved = 0;
    for (const QString& debtorId : debtorIds) {
        const auto debtor = find(session, debtorId);
        if (!debtor)
            return debtor.status();
        if (!isOperator || operatorClient != debtor->clientId)
            return R::failure(tr("The new interlocutor must be an active operator of the same "
                                 "client."));
        const QString previous = debtor->assignedOperatorId;
        if (previous == operatorId)
            continue;
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE assignment SET to_date = ? WHERE debtor_id "
                                                "= ? AND to_date IS NULL"),
                                 {today, debtorId}, tr("Closing the previous relationship"));
            !s)
            return s;
        if (Status s = execBound(q, QString::fromLatin1(AssignmentRepository::historyInsertSql()),
                                 {newId(), debtorId, operatorId, today, note.trimmed(),
                                  nullable(session.userId()), m_db.deviceId(), now},
                                 tr("Recording the new interlocutor"));
            !s)
            return s;
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE debtor SET assigned_operator_id = ?, "
                                                "assigned_since = ?, version = version + 1, "
                                                "device_id = ?, updated_at = ? WHERE id = ?"),
                                 {operatorId, today, m_db.deviceId(), now, debtorId},
                                 tr("Reassigning the debtor"));
            !s)
            return s;
        // The callbacks and calls the previous interlocutor had planned for the debtor.
        if (!previous.isEmpty()) {
            if (Status s = execBound(q,
                                     QStringLiteral("UPDATE task SET assigned_to = ?, version = "
                                                    "version + 1, device_id = ?, updated_at = ? "
                                                    "WHERE debtor_id = ? AND assigned_to = ? AND "
                                                    "status = 'open'"),
                                     {operatorId, m_db.deviceId(), now, debtorId, previous},
                                     tr("Handing over the open tasks"));
                !s)
                return s;
        }
        if (Status s = summaries.setOperator(debtorId, operatorId); !s)
            return s;
        if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("assign"),
                                        QStringLiteral("debtor"), debtorId,
                                        {{QStringLiteral("from"), previous},
                                         {QStringLiteral("to"), operatorId},
                                         {QStringLiteral("reason"), note.trimmed()}});
            !s)
            return s;
        ++moved;
    }
    if (Status s = tx.commit(); !s)
        return s;
    return moved;
}

Result<QString> DebtorRepository::addContact(const Session& session, const QString& debtorId,
                                             const ContactRecord& contact)
{
    const auto debtor = find(session, debtorId);
    if (!debtor)
        return debtor.status();
    const auto n = normalised(contact);
    if (!n)
        return n.status();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QString id;
    if (Status s = insertContact(debtorId, n.value(), &id); !s)
        return s;
    // Contacts change the "unverified contacts only" flag and what search finds.
    DebtorSummaryRepository summaries(m_db);
    if (Status s = summaries.recompute(debtorId, m_clock.today()); !s)
        return s;
    if (Status s = summaries.rebuildSearch(debtorId); !s)
        return s;
    if (Status s = AuditLog::append(
            m_db, m_clock, session, QStringLiteral("create"), QStringLiteral("contact"), id,
            {{QStringLiteral("debtor_id"), debtorId}, {QStringLiteral("owner"), n->owner}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

} // namespace ascolto
