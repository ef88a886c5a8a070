#pragma once

#include "core/ml/model/BatchBuilder.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace memescope::ml {

// Delivers one sample by index (decode, preprocess, text). Called from several threads at once.
using SampleLoader = std::function<SampleInput(int64_t index)>;

// Builds the batches of an epoch ahead of the training loop on worker threads (decoding, preprocessing
// and tokenisation), keeping at most `depth` finished batches waiting, and hands them out strictly in
// order -- so what the model sees does not depend on the thread count. A loader exception is rethrown by
// next() for the batch it concerned.
class BatchPrefetcher {
public:
    BatchPrefetcher(std::vector<std::vector<int64_t>> batches, SampleLoader loader,
                    const BatchBuilder& builder, int threads, int depth);
    ~BatchPrefetcher(); // stops the workers (abandoning batches not yet taken)
    BatchPrefetcher(const BatchPrefetcher&) = delete;
    BatchPrefetcher& operator=(const BatchPrefetcher&) = delete;

    // The next batch in order; false when all were handed out. Time spent blocked is added to waitSeconds().
    bool next(ModelBatch& out, std::vector<std::vector<std::string>>* units = nullptr);
    double waitSeconds() const { return waitSeconds_; }
    size_t batchCount() const { return batches_.size(); }

private:
    struct Ready {
        ModelBatch batch;
        std::vector<std::vector<std::string>> units;
        std::exception_ptr error;
    };
    void work();

    std::vector<std::vector<int64_t>> batches_;
    SampleLoader loader_;
    const BatchBuilder& builder_;
    size_t depth_;
    std::mutex mutex_;
    std::condition_variable readyChanged_, spaceChanged_;
    std::map<size_t, Ready> ready_;
    size_t nextToBuild_ = 0, nextToHand_ = 0;
    bool stopping_ = false;
    double waitSeconds_ = 0;
    std::vector<std::thread> workers_;
};

} // namespace memescope::ml
