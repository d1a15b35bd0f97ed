/**
 * The jar's entry point: {@link ganexplorer.Main} opens the desktop app ({@code ui}) when given no arguments and runs
 * the command line ({@code cli}) otherwise, after preferring the system's OpenBLAS before any ND4J class loads.
 *
 * <p>Must not depend on: nothing but the switch lives here; no other package may depend on this one.
 *
 * <p>Described in docs/DESIGN.md, section "Layout".
 */
package ganexplorer;
