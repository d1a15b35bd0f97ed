/**
 * The generator and critic networks on ND4J: the MLP GAN and DCGAN (plain or class-conditional), each with a
 * hand-written backward pass, all parameters in one flat vector, buffers reused per batch size, products straight to
 * OpenBLAS ({@code Gemm}) and hand-written convolutions ({@code Im2col}, {@code ConvMap}). The exact WGAN-GP penalty
 * gradient is hand-written double backprop ({@code PenaltyBackprop} for MLPs, {@code LayeredPenalty} for
 * convolutional critics). Specs ({@link ganexplorer.model.NetworkSpec}) are plain values, so checkpoints and snapshots
 * can rebuild a network from its flat weights. The shift generator ({@code ShiftNetwork}, one parameter) implements
 * the same {@link ganexplorer.model.Network} seam, so the WGAN paper's Example 1 trains on the ordinary GAN session.
 *
 * <p>Must not depend on: {@code objective}, {@code train}, {@code metrics}, {@code cli}, {@code ui} or JavaFX; of the
 * project it uses only {@code data}'s types (image shapes, and the point mass and lines the Dirac and shift models
 * require).
 *
 * <p>Described in docs/DESIGN.md, sections "Layout", "Objectives (from the seed texts)" (the exact penalty) and
 * "Threads and speed".
 */
package ganexplorer.model;
