#include "CallScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ascolto {

namespace {
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    return re;
}
} // namespace

QStringList ScriptLibrary::placeholders()
{
    return QStringList{QStringLiteral("debtor"),       QStringLiteral("operator"),
                       QStringLiteral("client"),       QStringLiteral("client_phone"),
                       QStringLiteral("client_email"), QStringLiteral("today")} +
           debtPlaceholders();
}

QStringList ScriptLibrary::debtPlaceholders()
{
    return {QStringLiteral("outstanding"),
            QStringLiteral("overdue"),
            QStringLiteral("oldest_due"),
            QStringLiteral("next_due"),
            QStringLiteral("next_amount"),
            QStringLiteral("bills"),
            QStringLiteral("notice"),
            QStringLiteral("iban"),
            QStringLiteral("promise_amount"),
            QStringLiteral("promise_date"),
            QStringLiteral("installment_amount"),
            QStringLiteral("installment_due")};
}

QStringList ScriptLibrary::stepKinds()
{
    return {QStringLiteral("opening"),     QStringLiteral("identity"),
            QStringLiteral("purpose"),     QStringLiteral("listening"),
            QStringLiteral("emotion"),     QStringLiteral("solution"),
            QStringLiteral("education"),   QStringLiteral("summary"),
            QStringLiteral("closing"),     QStringLiteral("satisfaction"),
            QStringLiteral("third_party"), QStringLiteral("vulnerability")};
}

QStringList placeholdersIn(const QString& text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

QString fillPlaceholders(const QString& text, const QHash<QString, QString>& values)
{
    static const QStringList known = ScriptLibrary::placeholders();
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const QString value = values.value(name);
        if (!value.isEmpty())
            out += value;
        else if (known.contains(name))
            out += ScriptLibrary::tr("(not available)");
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString MessageTemplate::whyNotOffered(const QHash<QString, QString>& values,
                                       bool debtorHasPlan) const
{
    if (offersPlan && debtorHasPlan)
        return tr("it proposes a repayment plan and the debtor already has one");
    QStringList missing;
    for (const QString& name : placeholdersIn(subject + body))
        if (values.value(name).isEmpty() && !missing.contains(name))
            missing << QLatin1Char('{') + name + QLatin1Char('}');
    if (!missing.isEmpty())
        return tr("this debtor's card has nothing for %1").arg(missing.join(QStringLiteral(", ")));
    return {};
}

Result<ScriptLibrary> ScriptLibrary::fromJson(const QByteArray& json, const QString& source)
{
    using R = Result<ScriptLibrary>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("%1: not valid JSON at character %2 (%3).")
                              .arg(source)
                              .arg(error.offset)
                              .arg(error.errorString()));
    const QJsonObject root = doc.object();
    ScriptLibrary lib;
    lib.m_language = root.value(QLatin1String("language")).toString();
    const QStringList known = placeholders();
    const QStringList debt = debtPlaceholders();
    const QStringList kinds = stepKinds();

    // Reads steps and checks their kinds and placeholders; `safeUntilIdentity` forbids debt
    // placeholders before (and in) the identity step, `safe` forbids them everywhere.
    auto readSteps = [&](const QJsonArray& array, const QString& where, bool safe,
                         bool safeUntilIdentity, QVector<ScriptStep>* steps) -> Status {
        bool identitySeen = false;
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            ScriptStep step{o.value(QLatin1String("kind")).toString(),
                            o.value(QLatin1String("title")).toString(),
                            o.value(QLatin1String("text")).toString()};
            const QString at = tr("%1: %2, step %3").arg(source, where).arg(i + 1);
            if (!kinds.contains(step.kind))
                return Status::failure(tr("%1: unknown kind \"%2\".").arg(at, step.kind));
            if (step.title.isEmpty() || step.text.isEmpty())
                return Status::failure(tr("%1: a step needs a title and a text.").arg(at));
            for (const QString& name : placeholdersIn(step.text + step.title)) {
                if (!known.contains(name))
                    return Status::failure(tr("%1: unknown placeholder {%2}.").arg(at, name));
                if (debt.contains(name) && (safe || (safeUntilIdentity && !identitySeen)))
                    return Status::failure(
                        tr("%1: {%2} reveals the debt before the identity check.").arg(at, name));
            }
            if (step.kind == QLatin1String("identity"))
                identitySeen = true;
            steps->push_back(step);
        }
        if (safeUntilIdentity && !identitySeen)
            return Status::failure(tr("%1: %2 has no identity check.").arg(source, where));
        return {};
    };

    const QJsonArray scripts = root.value(QLatin1String("scripts")).toArray();
    for (const QJsonValue& v : scripts) {
        const QJsonObject o = v.toObject();
        CallScript script;
        script.purpose = o.value(QLatin1String("purpose")).toString();
        script.title = o.value(QLatin1String("title")).toString();
        if (script.purpose.isEmpty())
            return R::failure(tr("%1: a script has no purpose.").arg(source));
        // Every call script checks identity; inbound calls too (the caller may be anyone).
        if (Status s =
                readSteps(o.value(QLatin1String("steps")).toArray(),
                          tr("script \"%1\"").arg(script.purpose), false, true, &script.steps);
            !s)
            return s;
        if (!lib.m_scripts.contains(script.purpose))
            lib.m_order << script.purpose;
        lib.m_scripts.insert(script.purpose, script);
    }
    if (Status s = readSteps(root.value(QLatin1String("third_party")).toArray(),
                             tr("third-party message"), true, false, &lib.m_thirdParty);
        !s)
        return s;
    if (Status s = readSteps(root.value(QLatin1String("vulnerability")).toArray(),
                             tr("vulnerability disclosure"), true, false, &lib.m_vulnerability);
        !s)
        return s;
    const QJsonObject emotions = root.value(QLatin1String("emotions")).toObject();
    for (auto it = emotions.begin(); it != emotions.end(); ++it) {
        EmotionGuide guide;
        const QJsonObject o = it.value().toObject();
        for (const QJsonValue& d : o.value(QLatin1String("do")).toArray())
            guide.dos << d.toString();
        for (const QJsonValue& d : o.value(QLatin1String("avoid")).toArray())
            guide.avoid << d.toString();
        lib.m_emotions.insert(it.key(), guide);
    }
    return lib;
}

void ScriptLibrary::overlay(const ScriptLibrary& other)
{
    for (const QString& purpose : other.m_order) {
        if (!m_scripts.contains(purpose))
            m_order << purpose;
        m_scripts.insert(purpose, other.m_scripts.value(purpose));
    }
    if (!other.m_thirdParty.isEmpty())
        m_thirdParty = other.m_thirdParty;
    if (!other.m_vulnerability.isEmpty())
        m_vulnerability = other.m_vulnerability;
    for (auto it = other.m_emotions.begin(); it != other.m_emotions.end(); ++it)
        m_emotions.insert(it.key(), it.value());
}

Result<QVector<MessageTemplate>> MessageTemplate::listFromJson(const QByteArray& json,
                                                               const QString& source)
{
    using R = Result<QVector<MessageTemplate>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(ScriptLibrary::tr("%1: not valid JSON at character %2 (%3).")
                              .arg(source)
                              .arg(error.offset)
                              .arg(error.errorString()));
    const QStringList known = ScriptLibrary::placeholders();
    const QStringList channels = {QStringLiteral("sms"), QStringLiteral("email"),
                                  QStringLiteral("letter")};
    QVector<MessageTemplate> out;
    const QJsonArray list = doc.object().value(QLatin1String("templates")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        MessageTemplate t{o.value(QLatin1String("code")).toString(),
                          o.value(QLatin1String("channel")).toString(),
                          o.value(QLatin1String("title")).toString(),
                          o.value(QLatin1String("subject")).toString(),
                          o.value(QLatin1String("body")).toString(),
                          o.value(QLatin1String("offers_plan")).toBool()};
        const QString at = tr("%1: template %2").arg(source).arg(i + 1);
        if (t.code.isEmpty() || t.title.isEmpty() || t.body.isEmpty())
            return R::failure(tr("%1: a template needs a code, a title and a body.").arg(at));
        if (!channels.contains(t.channel))
            return R::failure(tr("%1: unknown channel \"%2\".").arg(at, t.channel));
        if (t.channel != QLatin1String("sms") && t.subject.isEmpty())
            return R::failure(tr("%1: an e-mail or a letter needs a subject.").arg(at));
        for (const QString& name : placeholdersIn(t.subject + t.body))
            if (!known.contains(name))
                return R::failure(tr("%1: unknown placeholder {%2}.").arg(at, name));
        out.push_back(t);
    }
    if (out.isEmpty())
        return R::failure(tr("%1: no templates.").arg(source));
    return out;
}

const CallScript* ScriptLibrary::script(const QString& purpose) const
{
    const auto it = m_scripts.constFind(purpose);
    return it == m_scripts.constEnd() ? nullptr : &it.value();
}

} // namespace ascolto
