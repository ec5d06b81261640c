package org.syncscope.topology.resource;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyPackage;
import org.xml.sax.SAXParseException;

/**
 * One place to read and write {@code .synctopo} files. Inside Eclipse the plugin.xml registrations would be
 * enough, but the headless monitor, the replay command line and plain unit tests run without them, so the
 * resource sets made here register the package and the factory themselves.
 */
public final class TopologyResources {

	/** The file extension of topology files. */
	public static final String FILE_EXTENSION = "synctopo";

	private static final String THREE_REGION_SAMPLE = "/samples/three-region.synctopo";
	private static final String CDC_TWO_REGION_SAMPLE = "/samples/cdc-two-region.synctopo";
	private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)$");

	private TopologyResources() {
	}

	/** A resource set that reads and writes topology files without relying on global registries. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(TopologyPackage.eNS_URI, TopologyPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new TopologyResourceFactory());
		return resourceSet;
	}

	/** The URI of the three-region multi-master sample shipped in this bundle. */
	public static URI threeRegionSample() {
		return sample(THREE_REGION_SAMPLE);
	}

	/**
	 * The URI of the two-region CDC sample shipped in this bundle: two PostgreSQL databases replicating to each
	 * other through Debezium sources and JDBC sinks on one Kafka Connect cluster.
	 */
	public static URI cdcTwoRegionSample() {
		return sample(CDC_TWO_REGION_SAMPLE);
	}

	private static URI sample(String path) {
		URL url = TopologyResources.class.getResource(path);
		if (url == null) {
			throw new IllegalStateException("The bundle lacks " + path);
		}
		return URI.createURI(url.toString());
	}

	/**
	 * Loads the topology in {@code file} into {@code resourceSet}. On failure the half-read resource is removed
	 * from the set again, so that nobody can save it over the file.
	 */
	public static Topology load(ResourceSet resourceSet, Path file) throws TopologyLoadException {
		if (!Files.isRegularFile(file)) {
			throw new TopologyLoadException(file, "no such file", 0, 0, null);
		}
		Resource resource = resourceSet.createResource(fileUri(file));
		try {
			resource.load(Map.of());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw failure(file, resource, e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Topology topology)) {
			resourceSet.getResources().remove(resource);
			throw new TopologyLoadException(file, "the file does not contain a SyncScope topology", 0, 0, null);
		}
		return topology;
	}

	/** Creates an empty resource for a new topology file; save it with {@link Resource#save(Map)}. */
	public static Resource create(ResourceSet resourceSet, Path file, Topology topology) {
		Resource resource = resourceSet.createResource(fileUri(file));
		resource.getContents().add(topology);
		return resource;
	}

	/** The EMF URI of a file, as the resources of this class use it. */
	public static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static TopologyLoadException failure(Path file, Resource resource, Exception error) {
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return new TopologyLoadException(file, cause(first), first.getLine(), first.getColumn(), error);
		}
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException sax) {
				return new TopologyLoadException(file, sax.getMessage(), sax.getLineNumber(), sax.getColumnNumber(),
						error);
			}
		}
		return new TopologyLoadException(file, String.valueOf(error.getMessage()), 0, 0, error);
	}

	/** The problem without the location EMF appends, which the exception reports on its own. */
	private static String cause(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof Throwable throwable && throwable.getCause() instanceof SAXParseException sax) {
			return sax.getMessage();
		}
		return LOCATION_SUFFIX.matcher(diagnostic.getMessage()).replaceFirst("");
	}
}
