#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace ascolto {

// One step of a call script: what the operator says or does next. Text carries
// placeholders such as {debtor} or {outstanding}, filled from the debtor's card.
struct ScriptStep
{
    QString kind; // opening, identity, purpose, listening, emotion, solution, education,
                  // summary, closing, satisfaction, third_party
    QString title;
    QString text;
};

struct CallScript
{
    QString purpose;
    QString title;
    QVector<ScriptStep> steps;
};

// What to do and what to avoid when the operator recognises an emotion.
struct EmotionGuide
{
    QStringList dos;
    QStringList avoid;
};

// The scripts of one language, read from data (resources, overlaid per client). Checks on
// load that every script identifies the person before any debt detail: the steps up to and
// including the identity check, and the safe message for a third party, may not use a
// placeholder that reveals the debt.
class ScriptLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLibrary)
public:
    static Result<ScriptLibrary> fromJson(const QByteArray& json, const QString& source);

    // Placeholders a script may use; the debt ones may not appear before the identity check.
    static QStringList placeholders();
    static QStringList debtPlaceholders();
    static QStringList stepKinds();

    // Replaces the scripts, emotions and messages that `other` defines (a client's edits).
    void overlay(const ScriptLibrary& other);

    const CallScript* script(const QString& purpose) const;
    QStringList purposes() const { return m_order; }
    const QVector<ScriptStep>& thirdPartySteps() const { return m_thirdParty; }
    EmotionGuide emotion(const QString& code) const { return m_emotions.value(code); }
    const QVector<ScriptStep>& vulnerabilitySteps() const { return m_vulnerability; }
    QString language() const { return m_language; }

private:
    QString m_language;
    QHash<QString, CallScript> m_scripts;
    QStringList m_order;
    QVector<ScriptStep> m_thirdParty;
    QHash<QString, EmotionGuide> m_emotions;
    QVector<ScriptStep> m_vulnerability;
};

// A payment-education message (SMS, e-mail or letter) with the same placeholders.
struct MessageTemplate
{
    QString code;
    QString channel; // sms, email, letter
    QString title;
    QString subject;
    QString body;
    bool offersPlan = false; // "offers_plan": proposes a repayment plan

    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)
public:
    // Why this template is not offered to a debtor: a fact it names has no value for them
    // (a "bill due" message without a bill falling due), or it proposes a plan to a debtor
    // who has one. Empty when it may be offered.
    QString whyNotOffered(const QHash<QString, QString>& values, bool debtorHasPlan) const;
    static Result<QVector<MessageTemplate>> listFromJson(const QByteArray& json,
                                                         const QString& source);
};

// Fills {name} placeholders. A known placeholder without a value reads "(not available)"
// so the operator sees the gap instead of a silent blank; unknown names stay as written.
QString fillPlaceholders(const QString& text, const QHash<QString, QString>& values);
// Names used by {name} placeholders in text.
QStringList placeholdersIn(const QString& text);

} // namespace ascolto
