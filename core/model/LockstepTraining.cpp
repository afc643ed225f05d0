#include "model/LockstepTraining.h"

#include "model/ParallelTasks.h"

#include <algorithm>
#include <stdexcept>

namespace credit::model {

namespace {

std::vector<float> labelsOf(std::span<const float> labels, std::span<const std::size_t> rows)
{
    std::vector<float> out;
    out.reserve(rows.size());
    for (const std::size_t row : rows)
        out.push_back(labels[row]);
    return out;
}

} // namespace

struct LockstepTraining::Slot {
    std::optional<DMatrix> train;
    std::optional<DMatrix> validation;
    std::optional<Booster> booster;
    std::vector<double> curve;
};

LockstepTraining::LockstepTraining(const features::FeatureValues& values,
                                   std::span<const float> labels, std::span<const Fold> folds,
                                   std::vector<LockstepJob> jobs, int threads)
    : values_(values), labels_(labels), folds_(folds), jobs_(std::move(jobs)),
      threads_(std::max(1, threads))
{
    for (const auto& job : jobs_)
        if (job.fold >= folds_.size())
            throw std::invalid_argument("lockstep training: a job names fold " +
                                        std::to_string(job.fold) + " of " +
                                        std::to_string(folds_.size()));
    for (std::size_t job = 0; job < jobs_.size(); ++job)
        slots_.push_back(std::make_unique<Slot>());
}

LockstepTraining::~LockstepTraining() = default;

void LockstepTraining::run(int maxRounds, int stepRounds, const GroupDone& done,
                           const StepProgress& progress)
{
    if (maxRounds < 1 || stepRounds < 1)
        throw std::invalid_argument("lockstep training needs maxRounds and stepRounds >= 1");
    std::size_t groups = 0;
    for (const auto& job : jobs_)
        groups = std::max(groups, job.group + 1);
    std::vector<bool> finished(groups, false);
    int rounds = 0;
    while (rounds < maxRounds) {
        const int target = std::min(maxRounds, rounds + stepRounds);
        std::vector<std::size_t> active;
        for (std::size_t job = 0; job < jobs_.size(); ++job)
            if (!finished[jobs_[job].group])
                active.push_back(job);
        if (active.empty())
            break;
        runTasks(active.size(), threads_, [&](std::size_t index) {
            const std::size_t job = active[index];
            Slot& slot = *slots_[job];
            const Fold& fold = folds_[jobs_[job].fold];
            if (!slot.booster) {
                // Built by the worker: the row copies of all jobs are made in parallel too.
                slot.train.emplace(selectRows(values_, fold.trainRows));
                const auto trainLabels = labelsOf(labels_, fold.trainRows);
                slot.train->setLabels(trainLabels);
                slot.validation.emplace(selectRows(values_, fold.validationRows));
                slot.validation->setLabels(labelsOf(labels_, fold.validationRows));
                slot.booster.emplace(std::vector<const DMatrix*>{&*slot.train, &*slot.validation});
                TrainingParameters parameters = jobs_[job].parameters;
                parameters.evalMetric = "auc";
                // XGBoost draws its row and column samples from a per-thread engine seeded when
                // a booster is configured. Boosters taking turns on a worker would share that
                // engine in whatever order the steps ran: reseeding it at every round from
                // (seed, round) makes each booster's draws its own, whatever the thread count.
                parameters.extra.emplace_back("seed_per_iteration", "1");
                slot.booster->setParameters(withBaseScore(parameters, trainLabels));
            }
            for (int round = static_cast<int>(slot.curve.size()); round < target; ++round) {
                slot.booster->updateOneIter(round, *slot.train);
                slot.curve.push_back(slot.booster->evaluateMetric(round, *slot.validation, "auc"));
            }
        });
        rounds = target;
        for (std::size_t group = 0; group < groups; ++group) {
            if (finished[group])
                continue;
            std::vector<std::vector<double>> curves;
            for (std::size_t job = 0; job < jobs_.size(); ++job)
                if (jobs_[job].group == group)
                    curves.push_back(slots_[job]->curve);
            finished[group] = done(group, curves);
        }
        if (progress)
            progress(rounds, maxRounds);
    }
}

const std::vector<double>& LockstepTraining::curve(std::size_t job) const
{
    return slots_.at(job)->curve;
}

std::vector<float> LockstepTraining::predictValidation(std::size_t job, int rounds,
                                                       bool margin) const
{
    const Slot& slot = *slots_.at(job);
    if (!slot.booster)
        throw std::logic_error("lockstep training: job " + std::to_string(job) +
                               " has not trained yet");
    return margin ? slot.booster->predictMargin(*slot.validation, rounds)
                  : slot.booster->predictProbability(*slot.validation, rounds);
}

} // namespace credit::model
