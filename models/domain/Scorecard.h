#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ascolto {

// A call-quality scorecard (../shared/REFERENCE.md, "Call-quality scorecards"): data, per
// client and versioned, so that an evaluation always reads the version it was scored on.
// Sections have weights adding to 100; each item earns its points when answered yes, may
// be not applicable (its points leave the total) and may be fatal: a compliance failure that
// sets the whole score to 0. Pure.
struct ScorecardItem
{
    QString code;
    QString textIt, textEn;
    int points = 1;
    bool fatal = false;
    // What the store can answer for it from the recorded call (Scorecard::prefill):
    // identity_before_debt, no_third_party_disclosure, contact_window, emotion_named,
    // survey, checklist:<item>; empty when only the evaluator can tell.
    QString prefill;
    QString text(const QString& language) const;
};

struct ScorecardSection
{
    QString code;
    QString titleIt, titleEn;
    int weight = 0; // percent of the score
    QVector<ScorecardItem> items;
    QString title(const QString& language) const;
};

enum class ScoreAnswer
{
    Unanswered,
    Yes,
    No,
    NotApplicable
};
QString scoreAnswerCode(ScoreAnswer answer); // yes, no, na, "" (stored in evaluations)
ScoreAnswer scoreAnswerFromCode(const QString& code);

struct ScoreResult
{
    double score = 0;                        // 0..100
    bool complete = false;                   // every item answered
    QStringList fatalFailed;                 // codes of fatal items answered no: the score is 0
    QVector<std::optional<double>> sections; // each section's percent; nullopt: all N/A
};

// What a recorded call tells about itself (interaction row and its checklist JSON).
struct RecordedCall
{
    QString identity;           // confirmed, third_party, unknown
    bool conversation = false;  // the debtor was spoken to (CallOutcome::isConversation)
    QStringList checklist;      // empathy checklist items ticked
    QString emotion;            // named emotion, empty when none
    QStringList emotionsMarked; // every emotion marked during the call, in order
    bool blocked = false;       // the contact rules said no at the start
    QString overrideReason;     // why it went ahead anyway
    bool surveyed = false;
    // The interaction's checklist column, as the call workspace writes it ({"items": [...],
    // "identity": ..., "blocked": [...]}) or as older stores kept it ({"listened": true...}).
    static RecordedCall fromChecklistJson(const QString& json);
};

class Scorecard
{
    Q_DECLARE_TR_FUNCTIONS(Scorecard)
public:
    QVector<ScorecardSection> sections;

    // The language the scorecard's texts are read in: the one of the installed translation
    // ("it" or "en"), so that texts and messages agree.
    static QString readerLanguage();
    // Reads and checks a definition; the message names the section or item at fault.
    static Result<Scorecard> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // Ascolto's own card, the first version of every client's: compliance (the three fatal
    // items of the reference), listening and empathy, understanding and solution.
    static Scorecard standard();
    Status validate() const;
    const ScorecardItem* item(const QString& code) const;
    QStringList itemCodes() const;

    ScoreResult score(const QHash<QString, ScoreAnswer>& answers) const;
    // Answers for the items the store can judge; the evaluator confirms or changes them.
    QHash<QString, ScoreAnswer> prefill(const RecordedCall& call) const;
};

} // namespace ascolto
