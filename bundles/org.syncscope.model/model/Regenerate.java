import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code (org.syncscope.model/src-gen) and the item providers
 * (org.syncscope.model.edit/src-gen) from topology.genmodel without an Eclipse IDE, so that the genmodel stays
 * the source of truth on a build machine. It first reloads the genmodel against topology.ecore, as the IDE's
 * "Reload" does, keeping the genmodel's settings, then runs EMF's generator; members marked
 * {@code @generated NOT} survive because the generator merges into the existing files.
 *
 * Run from the repository root as described in README.md beside this file.
 */
public final class Regenerate {

	private static final List<String> PROJECTS = List.of("org.syncscope.model", "org.syncscope.model.edit");

	private Regenerate() {
	}

	public static void main(String[] args) throws Exception {
		Path bundles = Path.of(args.length > 0 ? args[0] : "bundles").toAbsolutePath().normalize();
		Map<String, URI> platformResources = EcorePlugin.getPlatformResourceMap();
		for (String project : PROJECTS) {
			platformResources.put(project, URI.createFileURI(bundles.resolve(project) + "/"));
		}
		ResourceSet resourceSet = newResourceSet();
		URI genModelUri = URI.createPlatformResourceURI("/org.syncscope.model/model/topology.genmodel", true);
		GenModel genModel = reload((GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0));
		genModel.eResource().save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED,
				Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
		genModel.setCanGenerate(true);

		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		int errors = 0;
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
			if (result.getSeverity() >= Diagnostic.ERROR) {
				System.err.println(result);
				errors++;
			}
		}
		dropGifPlaceholders(bundles.resolve("org.syncscope.model.edit/icons/full/obj16"));
		System.exit(errors == 0 ? 0 : 1);
	}

	/**
	 * The edit bundle ships PNG icons (TopologyEditPlugin asks for ".png"), but the generator writes a GIF
	 * placeholder for every icon it cannot find under its own name; remove those that have a PNG.
	 */
	private static void dropGifPlaceholders(Path icons) throws IOException {
		try (Stream<Path> files = Files.list(icons)) {
			for (Path gif : files.filter(file -> file.toString().endsWith(".gif")).toList()) {
				String png = gif.getFileName().toString().replaceFirst("\\.gif$", ".png");
				if (Files.exists(gif.resolveSibling(png))) {
					Files.delete(gif);
				}
			}
		}
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		return resourceSet;
	}

	/**
	 * A genmodel rebuilt from the current Ecore packages that keeps the settings of {@code stored};
	 * {@link GenModel#reconcile(GenModel)} copies all of them but the importer's two.
	 */
	private static GenModel reload(GenModel stored) {
		List<EPackage> packages = stored.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(packages);
		stored.eResource().getContents().set(0, fresh);
		fresh.reconcile(stored);
		fresh.getForeignModel().addAll(stored.getForeignModel());
		fresh.setImporterID(stored.getImporterID());
		return fresh;
	}
}
