#include "Scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ascolto {

namespace {

QString pick(const QString& it, const QString& en, const QString& language)
{
    if (language.startsWith(QLatin1String("it")))
        return it.isEmpty() ? en : it;
    return en.isEmpty() ? it : en;
}

QJsonObject texts(const QString& it, const QString& en)
{
    return QJsonObject{{QStringLiteral("it"), it}, {QStringLiteral("en"), en}};
}

const QStringList& prefillKinds()
{
    static const QStringList kinds = {QStringLiteral("identity_before_debt"),
                                      QStringLiteral("no_third_party_disclosure"),
                                      QStringLiteral("contact_window"),
                                      QStringLiteral("emotion_named"), QStringLiteral("survey")};
    return kinds;
}

} // namespace

QString ScorecardItem::text(const QString& language) const
{
    return pick(textIt, textEn, language);
}

QString ScorecardSection::title(const QString& language) const
{
    return pick(titleIt, titleEn, language);
}

QString scoreAnswerCode(ScoreAnswer answer)
{
    switch (answer) {
    case ScoreAnswer::Yes:
        return QStringLiteral("yes");
    case ScoreAnswer::No:
        return QStringLiteral("no");
    case ScoreAnswer::NotApplicable:
        return QStringLiteral("na");
    case ScoreAnswer::Unanswered:
        break;
    }
    return {};
}

ScoreAnswer scoreAnswerFromCode(const QString& code)
{
    if (code == QLatin1String("yes"))
        return ScoreAnswer::Yes;
    if (code == QLatin1String("no"))
        return ScoreAnswer::No;
    if (code == QLatin1String("na"))
        return ScoreAnswer::NotApplicable;
    return ScoreAnswer::Unanswered;
}

RecordedCall RecordedCall::fromChecklistJson(const QString& json)
{
    RecordedCall call;
    call.identity = QStringLiteral("unknown");
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.contains(QLatin1String("items"))) {
        for (const QJsonValue& v : o.value(QLatin1String("items")).toArray())
            call.checklist << v.toString();
        call.identity = o.value(QLatin1String("identity")).toString(call.identity);
        call.blocked = !o.value(QLatin1String("blocked")).toArray().isEmpty();
        for (const QJsonValue& v : o.value(QLatin1String("emotions")).toArray())
            call.emotionsMarked << v.toString();
    } else {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it.value().toBool())
                call.checklist << it.key();
    }
    return call;
}

QString Scorecard::readerLanguage()
{
    //: The code of this translation's language: "it" in the Italian one.
    return tr("en");
}

Status Scorecard::validate() const
{
    if (sections.isEmpty())
        return Status::failure(tr("The scorecard has no section."));
    int weights = 0;
    QSet<QString> codes;
    for (int s = 0; s < sections.size(); ++s) {
        const ScorecardSection& section = sections.at(s);
        const QString where = section.code.isEmpty() ? tr("section %1").arg(s + 1)
                                                     : tr("section \"%1\"").arg(section.code);
        if (section.code.isEmpty() || codes.contains(section.code))
            return Status::failure(tr("%1: every section needs its own code.").arg(where));
        codes.insert(section.code);
        if (section.titleIt.isEmpty() && section.titleEn.isEmpty())
            return Status::failure(tr("%1 has no title.").arg(where));
        if (section.weight <= 0)
            return Status::failure(
                tr("%1: the weight must be above 0 (it is %2).").arg(where).arg(section.weight));
        if (section.items.isEmpty())
            return Status::failure(tr("%1 has no item.").arg(where));
        weights += section.weight;
        for (int i = 0; i < section.items.size(); ++i) {
            const ScorecardItem& item = section.items.at(i);
            const QString at = tr("%1, item %2").arg(where).arg(i + 1);
            if (item.code.isEmpty() || codes.contains(item.code))
                return Status::failure(tr("%1: every item needs its own code.").arg(at));
            codes.insert(item.code);
            if (item.textIt.isEmpty() && item.textEn.isEmpty())
                return Status::failure(tr("%1 (\"%2\") has no text.").arg(at, item.code));
            if (item.points < 1)
                return Status::failure(
                    tr("%1 (\"%2\"): points must be 1 or more.").arg(at, item.code));
            if (!item.prefill.isEmpty() && !prefillKinds().contains(item.prefill) &&
                !item.prefill.startsWith(QLatin1String("checklist:")))
                return Status::failure(
                    tr("%1 (\"%2\"): unknown prefill \"%3\".").arg(at, item.code, item.prefill));
        }
    }
    if (weights != 100)
        return Status::failure(
            tr("The section weights add up to %1 %; they must add up to 100 %.").arg(weights));
    return Status::success();
}

Result<Scorecard> Scorecard::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<Scorecard>::failure(
            tr("The scorecard is not readable JSON: %1 (at character %2).")
                .arg(error.errorString())
                .arg(error.offset));
    Scorecard card;
    for (const QJsonValue& sv : doc.object().value(QLatin1String("sections")).toArray()) {
        const QJsonObject so = sv.toObject();
        ScorecardSection section;
        section.code = so.value(QLatin1String("code")).toString();
        section.titleIt =
            so.value(QLatin1String("title")).toObject().value(QLatin1String("it")).toString();
        section.titleEn =
            so.value(QLatin1String("title")).toObject().value(QLatin1String("en")).toString();
        section.weight = so.value(QLatin1String("weight")).toInt();
        for (const QJsonValue& iv : so.value(QLatin1String("items")).toArray()) {
            const QJsonObject io = iv.toObject();
            ScorecardItem item;
            item.code = io.value(QLatin1String("code")).toString();
            item.textIt =
                io.value(QLatin1String("text")).toObject().value(QLatin1String("it")).toString();
            item.textEn =
                io.value(QLatin1String("text")).toObject().value(QLatin1String("en")).toString();
            item.points = io.value(QLatin1String("points")).toInt(1);
            item.fatal = io.value(QLatin1String("fatal")).toBool();
            item.prefill = io.value(QLatin1String("prefill")).toString();
            section.items.push_back(item);
        }
        card.sections.push_back(section);
    }
    if (Status s = card.validate(); !s)
        return Result<Scorecard>::failure(s.error());
    return card;
}

QByteArray Scorecard::toJson() const
{
    QJsonArray sectionArray;
    for (const ScorecardSection& section : sections) {
        QJsonArray items;
        for (const ScorecardItem& item : section.items) {
            QJsonObject io{{QStringLiteral("code"), item.code},
                           {QStringLiteral("text"), texts(item.textIt, item.textEn)},
                           {QStringLiteral("points"), item.points}};
            if (item.fatal)
                io.insert(QStringLiteral("fatal"), true);
            if (!item.prefill.isEmpty())
                io.insert(QStringLiteral("prefill"), item.prefill);
            items.append(io);
        }
        sectionArray.append(
            QJsonObject{{QStringLiteral("code"), section.code},
                        {QStringLiteral("title"), texts(section.titleIt, section.titleEn)},
                        {QStringLiteral("weight"), section.weight},
                        {QStringLiteral("items"), items}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sections"), sectionArray}})
        .toJson(QJsonDocument::Compact);
}

Scorecard Scorecard::standard()
{
    const auto item = [](const char* code, const char* it, const char* en, bool fatal,
                         const char* prefill) {
        return ScorecardItem{
            QLatin1String(code),   QString::fromUtf8(it), QString::fromUtf8(en), 1, fatal,
            QLatin1String(prefill)};
    };
    Scorecard card;
    card.sections = {
        {QStringLiteral("compliance"),
         QStringLiteral("Correttezza"),
         QStringLiteral("Compliance"),
         30,
         {item("identity_before_debt", "Identità verificata prima di ogni dettaglio del debito",
               "Identity checked before any detail of the debt", true, "identity_before_debt"),
          item("no_third_party_disclosure", "Nessun dettaglio del debito dato a terzi",
               "No detail of the debt given to a third party", true, "no_third_party_disclosure"),
          item("contact_window", "Chiamata nella fascia consentita, o con il motivo registrato",
               "Call within the permitted window, or with the reason recorded", true,
               "contact_window"),
          item("correct_information", "Importi, scadenze e canali di pagamento corretti",
               "Correct amounts, due dates and payment channels", false, "")}},
        {QStringLiteral("empathy"),
         QStringLiteral("Ascolto ed empatia"),
         QStringLiteral("Listening and empathy"),
         40,
         {item("listened", "Ha ascoltato senza interrompere", "Listened without interrupting",
               false, "checklist:listened"),
          item("acknowledged", "Ha riconosciuto la situazione del debitore",
               "Acknowledged the debtor's situation", false, "checklist:acknowledged"),
          item("emotion_named", "Ha riconosciuto l'emozione del debitore",
               "Recognised the debtor's emotion", false, "emotion_named"),
          item("tone", "Tono calmo e rispettoso, nessuna pressione",
               "Calm, respectful tone, no pressure", false, "")}},
        {QStringLiteral("solution"),
         QStringLiteral("Comprensione e soluzione"),
         QStringLiteral("Understanding and solution"),
         30,
         {item("asked_reason", "Ha chiesto il motivo del mancato pagamento",
               "Asked why the bill was not paid", false, "checklist:asked_reason"),
          item("explained", "Ha spiegato la situazione e le conseguenze con chiarezza",
               "Explained the situation and its consequences clearly", false,
               "checklist:explained"),
          item("offered_solution", "Ha proposto una soluzione sostenibile per il debitore",
               "Offered a solution the debtor can afford", false, "checklist:offered_solution"),
          item("agreed_next_step", "Ha concordato il passo successivo", "Agreed the next step",
               false, "checklist:agreed_next_step"),
          item("survey", "Ha proposto il questionario di soddisfazione",
               "Offered the satisfaction survey", false, "survey")}},
    };
    return card;
}

const ScorecardItem* Scorecard::item(const QString& code) const
{
    for (const ScorecardSection& s : sections)
        for (const ScorecardItem& i : s.items)
            if (i.code == code)
                return &i;
    return nullptr;
}

QStringList Scorecard::itemCodes() const
{
    QStringList codes;
    for (const ScorecardSection& s : sections)
        for (const ScorecardItem& i : s.items)
            codes << i.code;
    return codes;
}

ScoreResult Scorecard::score(const QHash<QString, ScoreAnswer>& answers) const
{
    ScoreResult r;
    r.complete = true;
    double weighted = 0;
    int weights = 0;
    for (const ScorecardSection& section : sections) {
        int earned = 0, possible = 0;
        for (const ScorecardItem& item : section.items) {
            const ScoreAnswer a = answers.value(item.code, ScoreAnswer::Unanswered);
            if (a == ScoreAnswer::Unanswered)
                r.complete = false;
            if (a == ScoreAnswer::Yes || a == ScoreAnswer::No)
                possible += item.points;
            if (a == ScoreAnswer::Yes)
                earned += item.points;
            if (a == ScoreAnswer::No && item.fatal)
                r.fatalFailed << item.code;
        }
        if (possible == 0) {
            r.sections.push_back(std::nullopt); // every item not applicable: weight leaves
            continue;
        }
        const double percent = 100.0 * earned / possible;
        r.sections.push_back(percent);
        weighted += percent * section.weight;
        weights += section.weight;
    }
    r.score = weights > 0 ? weighted / weights : 0;
    if (!r.fatalFailed.isEmpty())
        r.score = 0;
    return r;
}

QHash<QString, ScoreAnswer> Scorecard::prefill(const RecordedCall& call) const
{
    const auto yesNo = [](bool yes) {
        return yes ? ScoreAnswer::Yes : ScoreAnswer::No;
    };
    QHash<QString, ScoreAnswer> answers;
    for (const ScorecardSection& section : sections) {
        for (const ScorecardItem& item : section.items) {
            const QString& p = item.prefill;
            if (p.isEmpty())
                continue;
            ScoreAnswer a = ScoreAnswer::Unanswered;
            if (p == QLatin1String("identity_before_debt")) {
                // The workspace shows no debt detail before the identity is confirmed; a
                // third party gets the safe message only.
                if (call.identity == QLatin1String("confirmed") ||
                    call.identity == QLatin1String("third_party"))
                    a = ScoreAnswer::Yes;
                else
                    a = call.conversation ? ScoreAnswer::No : ScoreAnswer::NotApplicable;
            } else if (p == QLatin1String("no_third_party_disclosure")) {
                a = call.identity == QLatin1String("third_party") ? ScoreAnswer::Yes
                                                                  : ScoreAnswer::NotApplicable;
            } else if (p == QLatin1String("contact_window")) {
                a = yesNo(!call.blocked || !call.overrideReason.trimmed().isEmpty());
            } else if (!call.conversation) {
                a = ScoreAnswer::NotApplicable; // nobody to listen to, no survey to offer
            } else if (p == QLatin1String("emotion_named")) {
                a = yesNo(!call.emotion.isEmpty());
            } else if (p == QLatin1String("survey")) {
                a = yesNo(call.surveyed);
            } else if (p.startsWith(QLatin1String("checklist:"))) {
                a = yesNo(call.checklist.contains(p.mid(10)));
            }
            answers.insert(item.code, a);
        }
    }
    return answers;
}

} // namespace ascolto
