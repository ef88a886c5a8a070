#include "MultimodalModel.h"

#include "Losses.h"
#include "core/ml/config/TrainingCost.h"
#include "core/ml/io/HfCheckpoint.h"
#include "core/ml/io/Safetensors.h"
#include "core/ml/text/NgramEncoder.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

namespace memescope::ml {
namespace fs = std::filesystem;

namespace {
torch::Tensor moved(const torch::Tensor& t, const torch::Device& d) {
    return t.defined() ? t.to(d, /*non_blocking=*/true) : t;
}
} // namespace

EncoderFeatures EncoderFeatures::to(const torch::Device& d) const {
    return {moved(cls, d), moved(sequence, d), moved(mask, d)};
}

ModelBatch ModelBatch::to(const torch::Device& d) const {
    return {moved(inputIds, d), moved(attentionMask, d), moved(ngramIds, d),
            moved(wordMask, d), moved(pixels, d),        moved(imageMask, d),
            moved(targets, d),  textFeatures.to(d),      imageFeatures.to(d)};
}

int64_t ModelBatch::size() const {
    for (const auto* t : {&inputIds, &ngramIds, &pixels, &targets, &textFeatures.cls, &imageFeatures.cls})
        if (t->defined()) return t->size(0);
    return 0;
}

namespace {

// The first-token vectors ([B, H], one per hidden state) of the last `count` hidden states (the reference's
// features); an encoder with fewer states repeats its last one.
std::vector<torch::Tensor> lastOf(const std::vector<torch::Tensor>& firstTokens, int64_t count) {
    const int64_t n = int64_t(firstTokens.size());
    std::vector<torch::Tensor> out;
    for (int64_t i = 0; i < count; ++i)
        out.push_back(firstTokens[size_t(count <= n ? n - count + i : std::min(i, n - 1))]);
    return out;
}

std::vector<torch::Tensor> firstTokens(const std::vector<torch::Tensor>& states) {
    std::vector<torch::Tensor> out;
    for (const torch::Tensor& s : states)
        out.push_back(s.select(1, 0));
    return out;
}

std::vector<torch::Tensor> lastLayersFirstToken(const std::vector<torch::Tensor>& states, int64_t count) {
    return lastOf(firstTokens(states), count);
}

// The first-token vectors of hidden states 0 .. n and the last state in full (undefined when the cache
// holds no sequence and the encoder was frozen whole), from cached features plus the trainable layers run
// by `continueFrom(state k)`.
template <typename Continue>
std::pair<std::vector<torch::Tensor>, torch::Tensor>
resumeFromFeatures(const EncoderFeatures& f, int64_t layers, Continue&& continueFrom) {
    const int64_t k = f.cls.size(1) - 1;
    std::vector<torch::Tensor> cls;
    for (int64_t i = 0; i <= k; ++i)
        cls.push_back(f.cls.select(1, i));
    if (k >= layers) return {cls, f.sequence};
    if (!f.sequence.defined())
        throw ConfigError("cached features of a partly frozen encoder lack its hidden state " +
                          std::to_string(k));
    const std::vector<torch::Tensor> rest = continueFrom(f.sequence, k);
    for (const torch::Tensor& s : rest)
        cls.push_back(s.select(1, 0));
    return {cls, rest.back()};
}

} // namespace

void initializeLikeHuggingFace(torch::nn::Module& module) {
    torch::NoGradGuard ng;
    for (auto& m : module.modules(/*include_self=*/true)) {
        if (auto* l = m->as<torch::nn::Linear>()) {
            l->weight.normal_(0.0, 0.02);
            if (l->bias.defined()) l->bias.zero_();
        } else if (auto* e = m->as<torch::nn::Embedding>()) {
            e->weight.normal_(0.0, 0.02);
            if (e->options.padding_idx()) e->weight[*e->options.padding_idx()].zero_();
        } else if (auto* n = m->as<torch::nn::LayerNorm>()) {
            n->weight.fill_(1.0);
            n->bias.zero_();
        }
    }
}

MultimodalModelImpl::MultimodalModelImpl(const ModelConfig& c)
    : config_(c) {
    c.validate();
    const int64_t D = c.fusionDim;
    if (c.hasText()) {
        if (c.textEncoder == TextEncoderKind::Roberta) {
            auto enc = RobertaEncoder(c.roberta, /*withPooler=*/false);
            initializeLikeHuggingFace(*enc);
            enc->setActivationCheckpointing(c.activationCheckpointing);
            enc->setFrozenPrefix(c.freezeTextLayers);
            textEncoder_ = register_module("text_encoder", enc.ptr());
        } else {
            textEncoder_ = register_module("text_encoder", NgramEncoder(c.ngram).ptr());
        }
    }
    if (c.hasImage()) {
        auto enc = ClipVisionEncoder(c.clip);
        initializeLikeHuggingFace(*enc);
        enc->setActivationCheckpointing(c.activationCheckpointing);
        enc->setFrozenPrefix(c.freezeImageLayers);
        imageEncoder_ = register_module("image_encoder", enc.ptr());
    }
    const int64_t Ht = c.textHidden(), Hi = c.imageHidden();
    auto fusion = register_module("fusion", std::make_shared<torch::nn::Module>());
    if (c.fusion == FusionKind::SeedCls) {
        textLayerProj_ = fusion->register_module("text_layer_proj", torch::nn::ModuleList());
        imageLayerProj_ = fusion->register_module("image_layer_proj", torch::nn::ModuleList());
        seedBlocks_ = fusion->register_module("blocks", torch::nn::ModuleList());
        for (int64_t i = 0; i < c.fusionLayers; ++i) {
            if (c.hasText()) textLayerProj_->push_back(torch::nn::Linear(Ht, D));
            if (c.hasImage()) imageLayerProj_->push_back(torch::nn::Linear(Hi, D));
            if (c.hasText() && c.hasImage())
                seedBlocks_->push_back(CrossAttentionBlock(D, c.fusionHeads, c.fusionFfn, c.fusionDropout));
        }
    } else {
        if (c.hasText()) textProj_ = fusion->register_module("text_proj", torch::nn::Linear(Ht, D));
        if (c.hasImage()) imageProj_ = fusion->register_module("image_proj", torch::nn::Linear(Hi, D));
        if (c.fusion == FusionKind::Token && c.hasText() && c.hasImage()) {
            textToImageBlocks_ = fusion->register_module("text_to_image", torch::nn::ModuleList());
            imageToTextBlocks_ = fusion->register_module("image_to_text", torch::nn::ModuleList());
            for (int64_t i = 0; i < c.fusionLayers; ++i) {
                textToImageBlocks_->push_back(
                    CrossAttentionBlock(D, c.fusionHeads, c.fusionFfn, c.fusionDropout));
                imageToTextBlocks_->push_back(
                    CrossAttentionBlock(D, c.fusionHeads, c.fusionFfn, c.fusionDropout));
            }
        }
        if (c.fusion == FusionKind::Concat && c.hasText() && c.hasImage())
            concatProj_ = fusion->register_module("concat_proj", torch::nn::Linear(2 * D, D));
        fuseNorm_ = fusion->register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({D})));
    }
    if (c.moe != MoeKind::Off)
        moe_ = register_module("moe", MixtureOfExperts(D, c.experts, c.moeDropout, c.moe, c.topK));
    if (c.head == HeadKind::Mlp) {
        classifier_ = register_module(
            "classifier",
            torch::nn::Sequential(torch::nn::Linear(D, D),
                                  torch::nn::LayerNorm(torch::nn::LayerNormOptions({D})), torch::nn::GELU(),
                                  torch::nn::Dropout(c.headDropout), torch::nn::Linear(D, c.numLabels)));
    } else {
        auto head = register_module("head", std::make_shared<torch::nn::Module>());
        headBlocks_ = head->register_module("blocks", torch::nn::ModuleList());
        for (int64_t i = 0; i < c.headLayers; ++i)
            headBlocks_->push_back(CrossAttentionBlock(D, c.fusionHeads, 2 * D, c.headDropout));
        if (c.hasText()) headTextProj_ = head->register_module("text_proj", torch::nn::Linear(Ht, D));
        if (c.hasImage()) headImageProj_ = head->register_module("image_proj", torch::nn::Linear(Hi, D));
        headOut_ = head->register_module("out", torch::nn::Linear(D, c.numLabels));
    }
    if (c.contrastive != ContrastiveKind::Off) {
        auto con = register_module("contrastive", std::make_shared<torch::nn::Module>());
        const int64_t P = c.contrastiveDim;
        fusedContrastive_ = con->register_module(
            "fused", torch::nn::Sequential(torch::nn::Linear(D, D / 2),
                                           torch::nn::LayerNorm(torch::nn::LayerNormOptions({D / 2})),
                                           torch::nn::GELU(), torch::nn::Linear(D / 2, P)));
        if (c.hasText())
            textContrastive_ = con->register_module(
                "text", torch::nn::Sequential(torch::nn::Linear(Ht, P),
                                              torch::nn::LayerNorm(torch::nn::LayerNormOptions({P})),
                                              torch::nn::GELU()));
        if (c.hasImage())
            imageContrastive_ = con->register_module(
                "image", torch::nn::Sequential(torch::nn::Linear(Hi, P),
                                               torch::nn::LayerNorm(torch::nn::LayerNormOptions({P})),
                                               torch::nn::GELU()));
    }
    thresholds_ = register_buffer("thresholds", torch::full({c.numLabels}, 0.5));
}

InputEmbeddings MultimodalModelImpl::inputEmbeddings(const ModelBatch& b) {
    InputEmbeddings e;
    if (config_.hasText())
        e.text = config_.textEncoder == TextEncoderKind::Roberta
                     ? textEncoder_->as<RobertaEncoderImpl>()->wordEmbeddings(b.inputIds)
                     : textEncoder_->as<NgramEncoderImpl>()->bags(b.ngramIds);
    if (config_.hasImage()) e.patches = imageEncoder_->as<ClipVisionEncoderImpl>()->patchEmbeddings(b.pixels);
    return e;
}

torch::Tensor MultimodalModelImpl::textTokens(const ModelBatch& b, const torch::Tensor& embeds,
                                              std::vector<torch::Tensor>* layerFirst, torch::Tensor* mask,
                                              torch::Tensor* pooled) {
    if (config_.textEncoder == TextEncoderKind::Roberta && b.textFeatures.defined()) {
        auto* enc = textEncoder_->as<RobertaEncoderImpl>();
        const EncoderFeatures& f = b.textFeatures;
        auto [cls, last] =
            resumeFromFeatures(f, config_.roberta.numLayers, [&](const torch::Tensor& s, int64_t k) {
                return enc->continueFrom(s, f.mask, k);
            });
        *layerFirst = lastOf(cls, config_.fusionLayers);
        *mask = f.mask;
        *pooled = cls.back();
        return last;
    }
    if (config_.textEncoder == TextEncoderKind::Roberta) {
        auto* enc = textEncoder_->as<RobertaEncoderImpl>();
        const EncoderOutput o = enc->forward(b.inputIds, b.attentionMask, embeds);
        *layerFirst = lastLayersFirstToken(o.hiddenStates, config_.fusionLayers);
        *mask = b.attentionMask;
        *pooled = o.lastHiddenState.select(1, 0); // the reference: last-layer first token
        return o.lastHiddenState;
    }
    auto* enc = textEncoder_->as<NgramEncoderImpl>();
    const torch::Tensor words = embeds.defined() ? enc->fromBags(embeds) : enc->forward(b.ngramIds);
    const torch::Tensor m = b.wordMask.to(words.dtype()).unsqueeze(-1);
    *pooled = (words * m).sum(1) / m.sum(1).clamp_min(1.0);
    for (int64_t i = 0; i < config_.fusionLayers; ++i)
        layerFirst->push_back(*pooled); // one "layer" only
    *mask = b.wordMask;
    return words;
}

ModelOutput MultimodalModelImpl::forward(const ModelBatch& b, const InputEmbeddings& embeds) {
    ModelOutput out;
    const ModelConfig& c = config_;
    std::vector<torch::Tensor> textLayers, imageLayers;
    torch::Tensor textSeq, textMask, imageSeq;
    if (c.hasText()) textSeq = textTokens(b, embeds.text, &textLayers, &textMask, &out.textPooled);
    if (c.hasImage() && b.imageFeatures.defined()) {
        auto* enc = imageEncoder_->as<ClipVisionEncoderImpl>();
        auto [cls, last] =
            resumeFromFeatures(b.imageFeatures, c.clip.numLayers,
                               [&](const torch::Tensor& s, int64_t k) { return enc->continueFrom(s, k); });
        imageLayers = lastOf(cls, c.fusionLayers);
        out.imagePooled = enc->postLayerNorm(cls.back());
        if (last.defined()) imageSeq = enc->postLayerNorm(last);
    } else if (c.hasImage()) {
        auto* enc = imageEncoder_->as<ClipVisionEncoderImpl>();
        const EncoderOutput o = enc->forward(b.pixels, embeds.patches);
        imageLayers =
            lastLayersFirstToken(o.hiddenStates, c.fusionLayers); // before post_layernorm, as the reference
        out.imagePooled = o.pooled;
        imageSeq = enc->postLayerNorm(o.lastHiddenState);
    }
    const torch::Tensor imageMask = c.hasImage() && b.imageMask.defined()
                                        ? b.imageMask.to(torch::kFloat32).unsqueeze(1)
                                        : torch::Tensor();

    torch::Tensor fused, textOnly;
    if (c.fusion == FusionKind::SeedCls) {
        std::vector<torch::Tensor> per;
        for (int64_t i = 0; i < c.fusionLayers; ++i) {
            torch::Tensor t = c.hasText()
                                  ? textLayerProj_[i]->as<torch::nn::Linear>()->forward(textLayers[size_t(i)])
                                  : torch::Tensor();
            torch::Tensor v =
                c.hasImage() ? imageLayerProj_[i]->as<torch::nn::Linear>()->forward(imageLayers[size_t(i)])
                             : torch::Tensor();
            if (t.defined() && v.defined())
                per.push_back(seedBlocks_[i]
                                  ->as<CrossAttentionBlock>()
                                  ->forward(t.unsqueeze(1), v.unsqueeze(1), {})
                                  .squeeze(1));
            else
                per.push_back(t.defined() ? t : v);
            if (t.defined()) textOnly = textOnly.defined() ? textOnly + t : t;
        }
        fused = torch::stack(per, 0).mean(0);
        if (textOnly.defined()) textOnly = textOnly / double(c.fusionLayers);
    } else {
        torch::Tensor t, v, tp, vp;
        if (c.hasText()) {
            t = textProj_(textSeq);
            const torch::Tensor m = textMask.to(t.dtype()).unsqueeze(-1);
            tp = (t * m).sum(1) / m.sum(1).clamp_min(1.0);
            textOnly = fuseNorm_(tp);
        }
        if (c.hasImage()) {
            v = imageProj_(imageSeq);
            vp = v.select(1, 0);
        }
        if (c.fusion == FusionKind::Token && t.defined() && v.defined()) {
            std::vector<torch::Tensor> t2i, i2t;
            for (int64_t l = 0; l < c.fusionLayers; ++l) {
                torch::Tensor w1, w2;
                const torch::Tensor tNew =
                    textToImageBlocks_[l]->as<CrossAttentionBlock>()->forward(t, v, {}, &w1);
                v = imageToTextBlocks_[l]->as<CrossAttentionBlock>()->forward(v, t, textMask, &w2);
                t = tNew;
                t2i.push_back(w1);
                i2t.push_back(w2);
            }
            out.textToImage = torch::stack(t2i, 1);
            out.imageToText = torch::stack(i2t, 1);
            const torch::Tensor m = textMask.to(t.dtype()).unsqueeze(-1);
            tp = (t * m).sum(1) / m.sum(1).clamp_min(1.0);
            vp = v.select(1, 0);
            fused = fuseNorm_(0.5 * (tp + vp));
        } else if (c.fusion == FusionKind::Concat && tp.defined() && vp.defined()) {
            fused = fuseNorm_(torch::gelu(concatProj_(torch::cat({tp, vp}, 1))));
        } else {
            fused = fuseNorm_(tp.defined() ? tp : vp);
        }
    }
    // A sample without a usable image falls back to its text path.
    if (imageMask.defined() && textOnly.defined()) fused = imageMask * fused + (1.0 - imageMask) * textOnly;

    if (moe_) {
        const MoeOutput m = moe_->forward(fused);
        fused = m.output;
        out.gates = m.gates;
        out.balanceLoss = m.balanceLoss;
    }
    out.fused = fused;
    if (classifier_) {
        out.logits = classifier_->forward(fused);
    } else {
        std::vector<torch::Tensor> tokens{fused};
        if (headTextProj_) tokens.push_back(headTextProj_(out.textPooled));
        if (headImageProj_)
            tokens.push_back(imageMask.defined() ? headImageProj_(out.imagePooled) * imageMask
                                                 : headImageProj_(out.imagePooled));
        torch::Tensor x = torch::stack(tokens, 1);
        for (const auto& blk : *headBlocks_)
            x = blk->as<CrossAttentionBlock>()->forward(x, x, {});
        out.logits = headOut_(x.select(1, 0));
    }
    if (fusedContrastive_) {
        out.fusedProj = torch::nn::functional::normalize(
            fusedContrastive_->forward(fused), torch::nn::functional::NormalizeFuncOptions().dim(1));
        if (textContrastive_)
            out.textProj =
                torch::nn::functional::normalize(textContrastive_->forward(out.textPooled),
                                                 torch::nn::functional::NormalizeFuncOptions().dim(1));
        if (imageContrastive_)
            out.imageProj =
                torch::nn::functional::normalize(imageContrastive_->forward(out.imagePooled),
                                                 torch::nn::functional::NormalizeFuncOptions().dim(1));
    }
    return out;
}

LossParts MultimodalModelImpl::loss(const ModelOutput& out, const ModelBatch& b) const {
    const ModelConfig& c = config_;
    LossParts p;
    p.classification = classificationLoss(out.logits, b.targets, c.multiLabel, positiveWeight_);
    p.total =
        c.contrastive == ContrastiveKind::Off ? p.classification : c.classificationWeight * p.classification;
    if (c.contrastive != ContrastiveKind::Off) {
        // Pairs (fused, text), (fused, image), (text, image), each over the samples that have both sides.
        torch::Tensor withImage;
        if (b.imageMask.defined()) withImage = b.imageMask.gt(0.5);
        auto sel = [&](const torch::Tensor& t, bool needsImage) {
            return needsImage && withImage.defined() ? t.index({withImage}) : t;
        };
        std::vector<torch::Tensor> terms;
        auto add = [&](const torch::Tensor& a, const torch::Tensor& bb, bool needsImage) {
            if (!a.defined() || !bb.defined()) return;
            const torch::Tensor x = sel(a, needsImage), y = sel(bb, needsImage);
            if (x.size(0) < 2) return; // nothing to contrast against
            terms.push_back(c.contrastive == ContrastiveKind::Seed
                                ? seedContrastiveLoss(x, y, c.temperature)
                                : maskedContrastiveLoss(x, y, c.temperature));
        };
        add(out.fusedProj, out.textProj, false);
        add(out.fusedProj, out.imageProj, true);
        add(out.textProj, out.imageProj, true);
        if (!terms.empty()) {
            p.contrastive = torch::stack(terms).mean();
            p.total = p.total + c.contrastiveWeight * p.contrastive;
        }
    }
    if (out.balanceLoss.defined()) {
        p.balance = out.balanceLoss;
        p.total = p.total + c.balanceWeight * p.balance;
    }
    return p;
}

torch::Tensor MultimodalModelImpl::probabilities(const torch::Tensor& logits) const {
    return config_.multiLabel ? torch::sigmoid(logits) : torch::softmax(logits, -1);
}

torch::Tensor MultimodalModelImpl::predict(const torch::Tensor& logits) const {
    if (config_.multiLabel)
        return torch::sigmoid(logits).gt(thresholds_.to(logits.device())).to(torch::kLong);
    return torch::one_hot(logits.argmax(-1), config_.numLabels);
}

void MultimodalModelImpl::setThresholds(const torch::Tensor& t) {
    torch::NoGradGuard ng;
    thresholds_.copy_(t);
}

std::vector<LoadReport> MultimodalModelImpl::loadPretrainedEncoders() {
    std::vector<LoadReport> reports;
    if (!config_.textCheckpoint.empty() && textEncoder_ && config_.textEncoder == TextEncoderKind::Roberta)
        reports.push_back(loadRobertaCheckpoint(*textEncoder_->as<RobertaEncoderImpl>(),
                                                openHfCheckpoint(config_.textCheckpoint)));
    if (!config_.imageCheckpoint.empty() && imageEncoder_)
        reports.push_back(loadClipVisionCheckpoint(*imageEncoder_->as<ClipVisionEncoderImpl>(),
                                                   openHfCheckpoint(config_.imageCheckpoint)));
    return reports;
}

int64_t MultimodalModelImpl::frozenTextLayers() const {
    return frozenPrefixLayers(config_, EncoderSide::Text);
}

int64_t MultimodalModelImpl::frozenImageLayers() const {
    return frozenPrefixLayers(config_, EncoderSide::Image);
}

bool MultimodalModelImpl::textFeaturesNeedSequence() const {
    return cachedFeaturesKeepSequence(config_, EncoderSide::Text);
}

bool MultimodalModelImpl::imageFeaturesNeedSequence() const {
    return cachedFeaturesKeepSequence(config_, EncoderSide::Image);
}

EncoderFeatures MultimodalModelImpl::frozenTextFeatures(const ModelBatch& b) {
    EncoderFeatures f;
    if (frozenTextLayers() <= 0) return f;
    const std::vector<torch::Tensor> states =
        textEncoder_->as<RobertaEncoderImpl>()->prefixStates(b.inputIds, b.attentionMask, frozenTextLayers());
    f.cls = torch::stack(firstTokens(states), 1);
    if (textFeaturesNeedSequence()) f.sequence = states.back();
    f.mask = b.attentionMask;
    return f;
}

EncoderFeatures MultimodalModelImpl::frozenImageFeatures(const ModelBatch& b) {
    EncoderFeatures f;
    if (frozenImageLayers() <= 0) return f;
    const std::vector<torch::Tensor> states =
        imageEncoder_->as<ClipVisionEncoderImpl>()->prefixStates(b.pixels, frozenImageLayers());
    f.cls = torch::stack(firstTokens(states), 1);
    if (imageFeaturesNeedSequence()) f.sequence = states.back();
    return f;
}

int64_t MultimodalModelImpl::parameterCount() const {
    int64_t n = 0;
    for (const auto& p : parameters())
        n += p.numel();
    return n;
}

void saveModelDirectory(MultimodalModel& model, const std::string& dir,
                        const std::string& tokenizerSourceDir) {
    fs::create_directories(dir);
    const std::string cfgPath = (fs::path(dir) / "config.json").string();
    {
        std::ofstream out(cfgPath + ".tmp");
        out << model->config().toJson().dump(2);
        if (!out) throw CheckpointError(cfgPath + ": cannot write");
    }
    fs::rename(cfgPath + ".tmp", cfgPath);
    writeSafetensors((fs::path(dir) / "model.safetensors").string(), namedTensors(*model),
                     {{"format", "pt"}, {"producer", "memescope"}});
    if (!tokenizerSourceDir.empty())
        for (const char* f : {"vocab.json", "merges.txt", "tokenizer.json"})
            if (fs::exists(fs::path(tokenizerSourceDir) / f) && fs::path(tokenizerSourceDir) != fs::path(dir))
                fs::copy_file(fs::path(tokenizerSourceDir) / f, fs::path(dir) / f,
                              fs::copy_options::overwrite_existing);
}

MultimodalModel loadModelDirectory(const std::string& dir) {
    const fs::path cfgPath = fs::path(dir) / "config.json";
    if (!fs::exists(cfgPath))
        throw CheckpointError(cfgPath.string() + ": missing (not a MemeScope model directory)");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(std::ifstream(cfgPath));
    } catch (const nlohmann::json::exception& e) {
        throw CheckpointError(cfgPath.string() + ": malformed JSON: " + e.what());
    }
    ModelConfig c;
    try {
        c = ModelConfig::fromJson(j);
    } catch (const ConfigError& e) {
        throw CheckpointError(cfgPath.string() + ": " + e.what());
    }
    MultimodalModel model(c);
    auto f = SafetensorsFile::open((fs::path(dir) / "model.safetensors").string());
    // Parameters and buffers (thresholds) both come from the file.
    loadStateDict(*model, *f, {""}, true);
    torch::NoGradGuard ng;
    if (f->contains("thresholds")) model->setThresholds(f->load("thresholds"));
    return model;
}

} // namespace memescope::ml
