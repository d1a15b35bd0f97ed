/**
 * The Dirac GAN's (theta, psi) plane: the field of the running objective and update scheme as arrows, the players'
 * path, the point now and the equilibrium, with axes and a legend. {@link ganexplorer.ui.field.FieldPicture} derives
 * everything drawn from the snapshot's {@code VectorFieldPictures} (plain Java, no Nodes); the trainer computes the
 * field and keeps the path, the view only draws them. Its words are in {@link ganexplorer.ui.field.FieldText}.
 *
 * <p>Must not depend on: ND4J or {@code cli}; of the other views it reuses only {@code ui.plane}'s geometry
 * ({@code PlaneView}, {@code PlaneLayout}) and picture export.
 *
 * <p>Described in docs/DESIGN.md, section "The one data flow".
 */
package ganexplorer.ui.field;
