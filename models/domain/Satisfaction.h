#pragma once

#include <QVector>

namespace ascolto {

// One survey after a call; 0 (CSAT, CES) or -1 (NPS) when the question was not answered.
struct SurveyAnswer
{
    int csat = 0; // 1-5, 5 = very satisfied
    int ces = 0;  // 1-7, 7 = very easy ("it was easy to sort this out")
    int nps = -1; // 0-10, likelihood to recommend
};

// Scores with the standard formulas, each over the surveys that answered that question.
struct SatisfactionScores
{
    int csatAnswers = 0;
    int cesAnswers = 0;
    int npsAnswers = 0;
    double csatPercent = 0; // % of answers 4 or 5
    double cesAverage = 0;  // mean of 1-7
    double nps = 0;         // % promoters (9-10) minus % detractors (0-6), -100..100

    // Counts the formulas need (what SQL can sum without reading every survey).
    struct Tally
    {
        int csatAnswers = 0, satisfied = 0; // satisfied: CSAT 4-5
        int cesAnswers = 0, effortSum = 0;
        int npsAnswers = 0, promoters = 0, detractors = 0;
        Tally& operator+=(const Tally& o)
        {
            csatAnswers += o.csatAnswers;
            satisfied += o.satisfied;
            cesAnswers += o.cesAnswers;
            effortSum += o.effortSum;
            npsAnswers += o.npsAnswers;
            promoters += o.promoters;
            detractors += o.detractors;
            return *this;
        }
    };
    static SatisfactionScores compute(const QVector<SurveyAnswer>& answers);
    static SatisfactionScores fromTally(const Tally& tally);
    // A detractor (NPS 0-6) or a hard experience (CES 1-3) calls for a close-the-loop call.
    static bool needsCloseTheLoop(const SurveyAnswer& answer);
};

} // namespace ascolto
