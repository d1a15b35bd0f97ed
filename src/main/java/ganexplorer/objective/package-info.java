/**
 * The six GAN objectives (a sealed interface of records) as losses of the critic's raw outputs, each giving its value
 * and its gradient with respect to those outputs, with the stable softplus forms of log sigma; and the optimizer
 * settings ({@link ganexplorer.objective.OptimizerSpec}) with each objective's textbook preset. Because every loss
 * reads only the outputs, one pair of networks serves every objective and a swap keeps the weights.
 *
 * <p>Must not depend on: any other ganexplorer package (networks, training, metrics, cli, ui) or JavaFX; of ND4J it
 * uses only the updater configurations the optimizer settings turn into.
 *
 * <p>Described in docs/DESIGN.md, section "Objectives (from the seed texts)".
 */
package ganexplorer.objective;
