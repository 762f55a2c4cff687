//! English lesson prose (see `mod.rs`).

use super::{Fact, LessonText};

// Point-wise
pub const POINTWISE: LessonText = LessonText {
    body: &[
        "A 1×1 convolution has a kernel one pixel wide. At every pixel it takes the C_in values stacked along the channel axis and returns C_out weighted sums of them: each output channel is a linear combination of the input channels, with its own coefficients. The weights form a single C_out×C_in matrix, and the same matrix is applied at every pixel. In the connection diagram above every input channel is linked to every output channel, and each link carries just one number.",
        "It sees no neighbours. The output at a pixel depends only on the input at that same pixel, so a 1×1 layer leaves the receptive field exactly as it was, however many of them you stack. Its work is across the channels, not across the image: it costs C_in·C_out parameters and C_in·C_out·H·W MACs, k² times less than a k×k layer with the same channels.",
        "Its main use is to change the number of channels, above all to reduce it just before an expensive 3×3 or 5×5 layer. This is the bottleneck. ResNet's deeper blocks run a 1×1 layer from 256 down to 64 channels, a 3×3 layer from 64 to 64, and a 1×1 layer back up to 256, so the 3×3 filters work on a quarter of the channels. GoogLeNet's Inception module puts 1×1 reductions in front of its 3×3 and 5×5 branches for the same reason.",
        "The table on this page sets a 3×3 layer beside the same layer wrapped in a bottleneck. Compare the two rows: the 3×3 layer's cost grows with the product of its input and output channels, so when the reduction is strong, shrinking both saves far more than the two 1×1 layers cost. In real networks each 1×1 layer is followed by a non-linearity, so a bottleneck adds depth while it saves computation.",
    ],
    corrections: &[
        "Channels that barely affect the output (dead channels) waste the computation spent on them; they do not make the cost grow. A 1×1 reduction lowers the cost of the next layer, which pays for every channel it receives, useful or not.",
    ],
    papers: &[
        Fact {
            figure: "ResNet bottleneck block (1×1 256→64, 3×3 64→64, 1×1 64→256): 69,632 parameters; ResNeXt block with 32 groups of width 4: 70,144",
            source: "Xie et al. 2017 (ResNeXt), eq. 4",
        },
        Fact {
            figure: "1×1 convolutions: 94.86% of MobileNet's Mult-Adds and 74.59% of its parameters",
            source: "Howard et al. 2017 (MobileNet), Table 2",
        },
    ],
};

// Group
pub const GROUP: LessonText = LessonText {
    body: &[
        "A group convolution splits the C_in input channels into g groups and the C_out output channels into g groups, and output group i reads only input group i. Each filter is still k×k in space, but it is C_in/g channels deep instead of C_in, so the layer has k²·C_in·C_out/g parameters and costs k²·C_in·C_out·H·W/g MACs: both divided by g. The group count must divide both channel counts. Move the group slider and the connection diagram above falls apart into g separate blocks; the weight block picture blanks out every kernel that would join two different groups.",
        "Groups entered CNNs with AlexNet (Krizhevsky et al. 2012), for a practical reason: the network did not fit in the 3 GB of one GTX 580, so it was split into two halves, one per GPU. conv2, conv4 and conv5 read only the maps held on their own GPU; conv3 and the fully connected layers read both. The paper also noticed that the halves specialised: the first layer's kernels on one GPU came out mostly colour-blind, those on the other mostly colour-specific. That is where \"each group learns different features\" comes from.",
        "ResNeXt (Xie et al. 2017) made grouping a design choice and called the group count the cardinality. Its block replaces ResNet's 3×3 layer from 64 to 64 channels with a grouped 3×3 layer of 32 groups, each 4 channels wide (128 channels in all), between two 1×1 layers, at almost the same number of parameters as the ResNet bottleneck. Dividing the cost by g buys width: on the same budget the layer can carry more channels. At equal complexity, raising the cardinality from 1 to 32 lowered the error at every step (see the papers box).",
        "The catch shows when you stack group layers. Output group i of the second layer reads group i of the first, which read only group i of the input, so the stack splits into g separate networks that never exchange information. ShuffleNet (Zhang et al. 2017) fixes this with a channel shuffle between layers: arrange the channels in a g×n grid, transpose it and read it out again, so every group of the next layer receives channels from every group of the last. The shuffle view on this page traces one output channel back through the layers; switch the shuffle off and its reach stays inside one group.",
    ],
    corrections: &[
        "AlexNet's two groups were a way to split the model over two GPUs' memory, not an efficiency idea; ResNeXt and ShuffleNet later used groups on purpose. The chart of accuracy against the number of groups comes from later work, Ioannou et al., \"Deep Roots\" (2017), not from the AlexNet paper.",
        "MACs (multiply-accumulates), MobileNet's \"Mult-Adds\" and the \"FLOPs\" of ShuffleNet and ResNeXt name the same count: a multiplication together with its addition counts once. So the figures from these papers can be compared directly (elsewhere \"FLOPs\" sometimes counts the two separately, doubling the number).",
    ],
    papers: &[
        Fact {
            figure: "Two-GPU grouping lowered top-1 and top-5 error by 1.7% and 1.2% (against a one-GPU net with half as many kernels in each convolutional layer)",
            source: "Krizhevsky et al. 2012 (AlexNet), Section 3.2",
        },
        Fact {
            figure: "ResNeXt-50 at equal complexity: top-1 error 23.9% with cardinality 1 (the ResNet bottleneck) → 22.2% with 32 groups of width 4",
            source: "Xie et al. 2017 (ResNeXt), Table 3",
        },
        Fact {
            figure: "ShuffleNet 1× with g = 8: top-1 error 37.6% without channel shuffle → 32.4% with it",
            source: "Zhang et al. 2017 (ShuffleNet), Table 3",
        },
    ],
};

// Depth-wise
pub const DEPTHWISE: LessonText = LessonText {
    body: &[
        "Push the group count as far as it goes, g = C_in, and every group holds a single channel. A depth-wise convolution gives each input channel its own k×k filter, which slides over that channel alone: it filters in space and never mixes channels. In the connection diagram above each output channel now has exactly one line. Knock out an input channel and only its own output map changes; every other map stays as it was.",
        "The cost loses a factor. A standard layer costs k_h·k_w·C_in·C_out·H·W MACs; a depth-wise layer costs k_h·k_w·C·H·W, with only one channel count in it. Doubling the channels doubles its cost instead of quadrupling it, and the cost panel sets it beside a standard layer of the same shape, which costs C times more. Its spatial reach is intact: its receptive field grows exactly like a standard k×k layer's.",
        "Many libraries add a depth multiplier m: each input channel gets m filters of its own, giving m·C output channels. Each group is still one input channel wide, so nothing is mixed; the cost is simply m times larger.",
        "What a depth-wise layer cannot do is combine channels. No output ever sees two channels, so no feature can join evidence from several of them, and however many depth-wise layers you stack, the channels stay apart: the group problem taken to its end. That is why a depth-wise layer is almost always followed by a 1×1 layer that does the mixing, the subject of the next chapter.",
    ],
    corrections: &[],
    papers: &[Fact {
        figure: "Depth-wise 3×3 layers: 3.06% of MobileNet's Mult-Adds and 1.06% of its parameters",
        source: "Howard et al. 2017 (MobileNet), Table 2",
    }],
};

// Depth-wise separable
pub const SEPARABLE: LessonText = LessonText {
    body: &[
        "A depth-wise separable convolution does the two jobs of a standard convolution one after the other. First a depth-wise k×k layer filters each of the M input channels on its own (spatial filtering); then a 1×1 layer mixes the M filtered channels into N outputs (channel mixing). The pair maps M channels to N with a k×k receptive field, as a standard layer does, but it can express fewer filters: for a given input channel the spatial pattern is the same for every output, only scaled, while a standard layer picks a new k×k pattern for every pair of channels. With the point-wise layer on, the connection diagram above shows both stages.",
        "Write the costs in MobileNet's notation: kernel D_k, M input and N output channels, output D_f×D_f. A standard layer costs D_k²·M·N·D_f². The separable layer costs D_k²·M·D_f² for the depth-wise part plus M·N·D_f² for the point-wise part. Divide one by the other and the separable layer costs 1/N + 1/D_k² of the standard one. The cost panel shows both parts; watch how quickly the 1×1 part becomes almost the whole bill as N grows.",
        "Read that ratio before quoting \"8 to 9 times cheaper\". With 3×3 kernels 1/D_k² is 1/9, so the saving can never exceed 9 times, and it comes close only when N is large, hundreds of channels as in MobileNet's deeper layers. With few output channels the 1/N term takes over and the saving is much smaller; with a 5×5 kernel it can be larger. Try N = 8, then N = 512.",
        "MobileNet builds its whole body from this layer: a 3×3 depth-wise convolution, batch normalization and ReLU, then a 1×1 convolution, batch normalization and ReLU, in place of a 3×3 convolution, batch normalization and ReLU. It downsamples by giving the depth-wise layer a stride of 2. The paper also measured what the factorization costs: a little over one point of top-1 accuracy, for a many-fold cut in Mult-Adds and parameters (see the papers box).",
    ],
    corrections: &[
        "\"8 to 9 times cheaper\" is the case of 3×3 kernels with many output channels. The general ratio is 1/N + 1/D_k²: with few output channels the saving is far smaller, and with larger kernels it can be larger.",
    ],
    papers: &[
        Fact {
            figure: "Cost of a depth-wise separable layer relative to a standard one: 1/N + 1/D_k²; with 3×3 kernels, 8 to 9 times less computation",
            source: "Howard et al. 2017 (MobileNet), eq. 5",
        },
        Fact {
            figure: "One layer with D_k = 3, M = N = 512, D_f = 14: full convolution 462M Mult-Adds and 2.36M parameters; depth-wise separable 52.3M and 0.27M",
            source: "Howard et al. 2017 (MobileNet), Table 3",
        },
        Fact {
            figure: "Whole network: MobileNet with full convolutions 71.7% top-1, 4866M Mult-Adds, 29.3M parameters; with depth-wise separable convolutions 70.6%, 569M, 4.2M",
            source: "Howard et al. 2017 (MobileNet), Table 4",
        },
    ],
};

// Xception
pub const XCEPTION: LessonText = LessonText {
    body: &[
        "A regular convolution learns its filters in three dimensions at once, two across space and one across channels, so each kernel handles spatial and cross-channel correlations together. The idea behind Inception, as Chollet (2017) reads it, is that the two can be handled apart: look across channels first with 1×1 convolutions, then across space. Xception takes the idea to its limit and assumes the two can be separated completely.",
        "Chollet lines the options up on a spectrum counted in towers: parallel 3×3 convolutions, each covering one segment of the channels. At one end sits the regular convolution, a single tower whose filters see all channels at once. In the middle sits the Inception module, simplified to a 1×1 convolution followed by a few towers, each convolving its own non-overlapping segment of the 1×1's output channels. At the other end sits the \"extreme\" Inception: a 1×1 convolution followed by one tower per channel, so that each 3×3 filter sees a single channel.",
        "The towers slider on this page walks along that spectrum: the number of towers is simply the group count of the 3×3 spatial layer that works with the 1×1 layer. One tower is a regular convolution, a few towers an Inception-like module, as many towers as channels the depth-wise case. Keep an eye on the cost panel as you go: each step toward the end divides the spatial layer's cost, while the 1×1 layer's cost stays where it was.",
        "The extreme Inception is almost a depth-wise separable convolution, with two differences. The order: Inception runs the 1×1 first and the spatial convolutions after it, while the separable convolution does the depth-wise spatial step first and the 1×1 second; in a deep stack of such layers this hardly matters. The non-linearity: Inception puts a ReLU after both steps, whereas Xception's separable convolutions have none between the depth-wise and the point-wise step, and Chollet found that adding one there made results worse. (MobileNet, in the previous chapter, does put batch normalization and ReLU in between.)",
        "The Xception network is a stack of 36 convolutional layers, almost all of them depth-wise separable, arranged in 14 modules with residual connections around all but the first and the last. It has slightly fewer parameters than Inception V3 and scores slightly better on ImageNet, so Chollet credits the gain to a more efficient use of parameters, not to extra capacity.",
    ],
    corrections: &[
        "Chollet places the Inception module between a regular convolution and a depth-wise separable one; Xception is not a step between the Inception module and the separable convolution. The extreme Inception, one tower per channel, is the end of that spectrum, and the Xception network is built from layers at that end.",
        "What goes to the extreme is the number of towers, not the width: the extreme Inception has as many towers as there are channels, each one channel wide.",
    ],
    papers: &[
        Fact {
            figure: "ImageNet top-1 accuracy: Inception V3 0.782, Xception 0.790 (top-5: 0.941 vs 0.945)",
            source: "Chollet 2017 (Xception), Table 1",
        },
        Fact {
            figure: "Parameters: Inception V3 23,626,728; Xception 22,855,952",
            source: "Chollet 2017 (Xception), Table 3",
        },
    ],
};

/// The dilated-convolution and receptive-field chapter.
pub const DILATION: LessonText = LessonText {
    body: &[
        "To label a pixel, or to recognise an object at all, a network has to look beyond it: a patch of blue may be sky or water, and only the surroundings tell which. The region of the input that can influence one output unit is that unit's receptive field. There are three classic ways to grow it. Bigger kernels: a k×k layer's parameters and MACs grow with k². More layers: at stride 1 each 3×3 layer adds only 2 pixels to the field, so a wide field takes a deep stack, and every extra layer adds its cost and makes training harder. Pooling or stride: cheap, and it multiplies the growth of every later layer, but the feature map loses resolution, a heavy price for a task such as semantic segmentation that needs an answer at every pixel. The presets of the receptive-field explorer put these side by side: the VGG 3×3 stack, 5×5 against two 3×3 layers, 7×7 against three, and strided downsampling.",
        "Dilation is a fourth way. A k×k kernel with dilation d keeps its k² weights but places its taps d pixels apart, so in each direction it spans d(k−1)+1 pixels: a 3×3 kernel spans 3 pixels at d = 1, 5 at d = 2 and 9 at d = 4. The weights, and with them the parameters and MACs, are exactly those of the plain k×k kernel; only the input positions it reads move apart. Put precisely, dilation inserts d−1 holes (zeros) between neighbouring taps of the kernel. That is not padding: padding adds zeros around the input, at its borders, and changes nothing inside the kernel. The convolution playground draws both, the taps with the holes between them and the padded border. The output size, floor((i + 2p − d(k−1) − 1)/s) + 1, shows that a 3×3 layer with dilation d, padding p = d and stride 1 keeps the size of its input. The same operation is also called atrous convolution, from the French à trous, \"with holes\".",
        "The explorer's table computes the field layer by layer with the recurrence of Araujo et al. (2019), read from the output back to the input. A single output unit starts at r = 1. A layer with kernel k, dilation d and stride s turns a field of r_out pixels on its output into r_in = s·r_out + k' − s pixels on its input, with k' = d(k−1)+1. Strides multiply into the effective stride (stride_in = s·stride_out) and padding accumulates into the effective padding (pad_in = s·pad_out + p). Type k3,k3d2,k3d4 and the field grows backwards as 1 + 9 − 1 = 9, then 9 + 5 − 1 = 13, then 13 + 3 − 1 = 15. Yu and Koltun (2016) built their context module on this: 3×3 layers with dilations 1, 1, 2, 4, 8, 16, 1, then a 1×1 layer. Each doubling of the rate doubles what the layer adds, so the field grows exponentially while the depth grows only linearly, with no pooling and no loss of resolution. Load its preset and follow the growth chart.",
        "Exponential growth has a catch. Stack dilations that share a common factor, 2, 2, 2 or 2, 4, 8, and every tap of every layer lands an even number of pixels from the centre, so only every second row and every second column of the field ever reaches the unit. The explorer's map shades each input pixel by the number of paths leading from it to the selected unit; here it shows a checkerboard-like lattice of holes, and the coverage, the share of the theoretical field reached at all, falls well below half. A single 3×3 layer with dilation 2 already reads only 9 of the 25 pixels it spans. Wang et al. (2018) call this gridding. Their hybrid dilated convolution (HDC) uses rates that share no common factor and rise in a sawtooth, such as 1, 2, 3 or 1, 2, 5. Their test runs back from the last layer: M_n = r_n, M_i = max(M_(i+1) − 2r_i, M_(i+1) − 2(M_(i+1) − r_i), r_i), and the stack covers its field when M_2 ≤ k. The explorer shows the M_i values and the verdict: with k = 3, rates 1, 2, 5 pass with M_2 = 2 and rates 1, 2, 9 fail with M_2 = 5. The recurrence never looks at the first rate, so the common-factor condition still counts: for 2, 2, 2 it gives M_2 = 2, yet the map is full of holes.",
        "Even a field without holes is not used evenly. A pixel near the centre reaches the unit through many paths, one for each way of picking a tap in every layer, while the corner pixel of a plain 3×3 stack has exactly one; that is why the map's shading piles up in the middle. Luo et al. (2016) measured the effective receptive field, the part of the input that actually moves the output, and found it roughly Gaussian, filling only a fraction of the theoretical field. It grows like √n with the depth n while the theoretical field grows linearly, so the deeper the stack, the smaller the share that matters. Subsampling and dilation enlarge it; skip connections shrink it. Read the explorer's receptive field as an upper bound: the region the unit could see, not the region it mostly looks at.",
    ],
    corrections: &[
        "Dilation is not \"padding inside the filter\". It inserts holes (zeros) between the taps of the kernel, so the same k² weights are spread over d(k−1)+1 pixels in each direction. Padding is something else: the zeros added around the input, at its borders. A dilated layer usually needs padding as well, p = d for a 3×3 kernel at stride 1, to keep the size of its input.",
        "Dilation does not enlarge the receptive field for free. Stacked rates with a common factor (2, 4, 8) leave input pixels that never reach the output (gridding), and even a field without holes is used mostly near its centre: the effective receptive field is a fraction of the theoretical one.",
    ],
    papers: &[
        Fact {
            figure: "Context module, 3×3 layers with dilations 1, 1, 2, 4, 8, 16, 1 then a 1×1 layer: receptive field 3, 5, 9, 17, 33, 65, 67, 67",
            source: "Yu and Koltun 2016 (Multi-Scale Context Aggregation by Dilated Convolutions), Table 1",
        },
        Fact {
            figure: "One 3×3 layer with dilation 2 uses only 9 of the 25 pixels it spans; with K = 3 the HDC rule passes rates 1, 2, 5 (M_2 = 2) and fails 1, 2, 9 (M_2 = 5)",
            source: "Wang et al. 2018 (Understanding Convolution for Semantic Segmentation), hybrid dilated convolution",
        },
        Fact {
            figure: "alexnet_v2: receptive field 195 pixels, effective stride 32; resnet_v1_50: receptive field 483 pixels, effective stride 32",
            source: "Araujo et al. 2019 (Computing Receptive Fields of Convolutional Neural Networks, Distill), receptive_field library",
        },
        Fact {
            figure: "The effective receptive field is roughly Gaussian and fills only a fraction of the theoretical one; it grows like √n with depth n, while the theoretical receptive field grows linearly",
            source: "Luo et al. 2016 (Understanding the Effective Receptive Field in Deep Convolutional Neural Networks)",
        },
    ],
};

/// The convolution factorization chapter.
pub const FACTORIZATION: LessonText = LessonText {
    body: &[
        "A k×k convolution spends k² weights on every pair of input and output channels, so its cost grows with the square of the kernel size: with the same channels a 5×5 layer costs 25/9 ≈ 2.78 times a 3×3 layer, and a 7×7 layer about 5.4 times. Yet a large kernel is mostly a way to see a large region, and that region can be reached more cheaply by chaining smaller or thinner kernels. Factorizing a convolution means replacing one big layer with such a chain: the receptive field stays the same, while the weights and MACs go down. The comparison table on this page sets each big kernel beside its factorized version. Every row gives the receptive field (equal on both sides), the weights per channel pair, the MACs at the channel counts and map size you set (64 → 64 channels on a 17 × 17 map to start with), and the number of non-linearities.",
        "Two stacked 3×3 layers see a 5×5 region: each output of the second layer reads 3×3 outputs of the first, and together those read 5×5 input pixels. The pair needs 9 + 9 = 18 weights per channel pair instead of 25, 28% fewer, and if the stack keeps the channel count, the MACs fall by the same share. Three 3×3 layers reach 7×7 with 27 weights instead of 49, 45% fewer. The stack is also deeper: each 3×3 layer has its own non-linearity, so two layers apply two where the 5×5 applied one, and three apply three. VGG (Simonyan and Zisserman 2015) built its whole network from stacked 3×3 layers on this argument. In the Inception family the 5×5 → two 3×3 replacement appears in BN-Inception (Ioffe and Szegedy 2015), and it is the first factorization studied in \"Rethinking the Inception Architecture\" (Szegedy et al. 2016), whose control experiment found that keeping a ReLU after the first 3×3 worked better than making that layer linear. The name \"Inception v2\" is ambiguous here. Many blogs and some libraries give it to BN-Inception; in Szegedy et al. 2016, Inception-v2 is the network built from the factorized modules, and Inception-v3 is that network with further changes, among them RMSProp and label smoothing in training. When a source says this replacement \"is Inception v2\", check which of the two it means.",
        "Thinner pieces save more. A 1×n layer followed by an n×1 layer also covers an n×n region, with 2n weights per channel pair instead of n²: 6 instead of 9 at n = 3 (33% fewer), 10 instead of 25 at n = 5 (60% fewer), 14 instead of 49 at n = 7 (71% fewer). The saving grows with n, so it pays most for large kernels. Look at the count of non-linearities too: one layer becomes two, each with its own non-linearity, so asymmetric factorization makes the network deeper while it makes it cheaper. It does not work everywhere. Szegedy et al. found it worked poorly in the early layers and very well on medium grids, 12 to 20 pixels on a side; Inception-v3 uses 1×7 then 7×1 on its 17 × 17 grid, the map size the table starts with.",
        "When is a factorization exact? A 2-D kernel can be run as a pass down the columns followed by a pass along the rows, with the same result, exactly when it is a column vector times a row vector (an outer product). Such a kernel has rank 1 and is called separable. The Sobel kernel for horizontal gradients is [1, 2, 1]ᵀ × [−1, 0, 1]: smooth down the column, differentiate along the row. The Gaussian and box blurs are separable as well, and so is the identity. The separable-kernel checker takes the kernel you pick, finds its best rank-1 approximation (in the least-squares sense: the leading term of its singular value decomposition), shows the column, the row and the error left over, and runs both the 2-D convolution and the two 1-D convolutions on a sample picture. For Sobel, Gaussian, box and identity the outputs agree up to rounding; the Laplacian and the sharpen kernel have rank 2, no column times a row fits them, and the difference map shows where the outputs part. A trained kernel is another matter: nothing makes it rank 1, so a factorized layer cannot simply take over the weights of a trained n×n layer. The factorized network is trained as it is and learns within the constraint. Without a non-linearity between the two layers, each channel pair would get a sum of column-times-row terms, one per intermediate channel, a restricted family of n×n kernels; with one in between, as in Inception, the pair is not a linear convolution at all. Factorization changes the architecture, not just the arithmetic.",
        "If you open Inception v3 in the architecture atlas you will still find 5×5 convolutions. The atlas follows torchvision, whose Inception v3 keeps a 1×1 → 5×5 branch in Mixed_5b, Mixed_5c and Mixed_5d, next to a branch with two 3×3 layers. The paper's Figure 5 module, used on the 35 × 35 grid, replaces the 5×5 with two 3×3 layers. On the 17 × 17 grid (Mixed_6b to Mixed_6e) both follow Figure 6, with 1×7 and 7×1 layers one after the other. On the 8 × 8 grid (Mixed_7b and Mixed_7c) Figure 7 sets 1×3 and 3×1 side by side and concatenates their outputs, making the module wider rather than deeper.",
    ],
    corrections: &[
        "Asymmetric factorization makes a network deeper, not shallower: 1×n followed by n×1 turns one layer into two, each with its own non-linearity. What it reduces is the cost, 2n weights per channel pair instead of n².",
        "\"Inception v2\" names two networks. The 5×5 → two 3×3 replacement already appears in BN-Inception (Ioffe and Szegedy 2015), often called Inception v2. Szegedy et al. 2016 (\"Rethinking the Inception Architecture\") defines both Inception-v2 and Inception-v3: its Inception-v2 already uses both the two-3×3 and the asymmetric factorizations, and Inception-v3 is Inception-v2 with further changes. So \"two 3×3 is v2, asymmetric is v3\" does not match the paper.",
    ],
    papers: &[
        Fact {
            figure: "A 5×5 convolution costs 25/9 = 2.78 times a 3×3 convolution with the same number of filters",
            source: "Szegedy et al. 2016 (Rethinking the Inception Architecture), Section 3.1",
        },
        Fact {
            figure: "Two 3×3 layers in place of a 5×5: 28% less computation",
            source: "Szegedy et al. 2016 (Rethinking the Inception Architecture), Section 3.1",
        },
        Fact {
            figure: "A 3×1 then a 1×3 layer in place of a 3×3: 33% cheaper; two 2×2 layers in place of a 3×3: only 11% cheaper",
            source: "Szegedy et al. 2016 (Rethinking the Inception Architecture), Section 3.2",
        },
        Fact {
            figure: "n×1 factorization works poorly in early layers and well on medium grids of 12 to 20 pixels on a side, with 1×7 then 7×1",
            source: "Szegedy et al. 2016 (Rethinking the Inception Architecture), Section 3.2",
        },
    ],
};
