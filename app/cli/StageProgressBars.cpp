#include "StageProgressBars.h"

namespace credit::cli {

void StageProgressBars::update(const std::string& stage, std::size_t done, std::size_t total)
{
    if (!bar_ || stage != stage_) {
        finish();
        stage_ = stage;
        bar_ = std::make_unique<TerminalProgressBar>(stage);
    }
    bar_->update(done, total);
}

void StageProgressBars::finish()
{
    if (bar_)
        bar_->finish();
}

} // namespace credit::cli
