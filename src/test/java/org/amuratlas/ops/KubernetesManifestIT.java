package org.amuratlas.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the manifests quarkus-kubernetes wrote at package time (target/kubernetes/kubernetes.yml, merged with
 * src/main/kubernetes/kubernetes.yml) with the fabric8 model, and checks what a cluster operator relies on. An IT
 * because the manifests only exist after the package phase.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final String APP = "amur-atlas";

    private static List<HasMetadata> resources;

    @BeforeAll
    static void readManifest() throws IOException {
        assertTrue(Files.isRegularFile(MANIFEST), MANIFEST + " was not generated");
        try (InputStream yaml = Files.newInputStream(MANIFEST)) {
            Object parsed = new KubernetesSerialization().unmarshal(yaml);
            resources = ((List<?>) parsed).stream().map(HasMetadata.class::cast).toList();
        }
    }

    @Test
    void deploymentRunsAtLeastTwoReplicas() {
        Deployment deployment = only(Deployment.class);
        assertTrue(deployment.getSpec().getReplicas() >= 2, "replicas: " + deployment.getSpec().getReplicas());
        // the selector must not carry the version: a Deployment's selector cannot change between releases
        assertEquals(Map.of("app.kubernetes.io/name", APP), deployment.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void probesUseTheHealthEndpoints() {
        Container container = container();
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        Probe startup = container.getStartupProbe();
        int startupBudget = startup.getInitialDelaySeconds() + startup.getPeriodSeconds() * startup.getFailureThreshold();
        assertTrue(startupBudget >= 30, "a cold start on a small CPU share gets " + startupBudget + " s");
    }

    @Test
    void memoryAndCpuAreRequestedAndLimited() {
        Map<String, Quantity> requests = container().getResources().getRequests();
        Map<String, Quantity> limits = container().getResources().getLimits();
        long requestedMemory = bytes(requests.get("memory"));
        long memoryLimit = bytes(limits.get("memory"));
        // the JVM image settles at 230-264 MB of RSS with a 64 MB heap (README, "Performance", "Soak")
        assertTrue(requestedMemory >= 264L * 1024 * 1024, "memory request below the measured RSS: " + requestedMemory);
        assertTrue(memoryLimit >= requestedMemory, "memory limit below the request");
        assertTrue(memoryLimit <= 512L * 1024 * 1024, "memory limit far above the measured RSS: " + memoryLimit);
        assertNotNull(requests.get("cpu"), "CPU request (the HPA counts utilization against it)");
        assertTrue(Quantity.getAmountInBytes(limits.get("cpu")).compareTo(
                Quantity.getAmountInBytes(requests.get("cpu"))) >= 0, "CPU limit below the request");
    }

    @Test
    void serviceSelectsThePods() {
        Service service = only(Service.class);
        assertEquals(Map.of("app.kubernetes.io/name", APP), service.getSpec().getSelector());
        assertEquals(8080, service.getSpec().getPorts().get(0).getTargetPort().getIntVal());
    }

    @Test
    void autoscalerScalesTheDeploymentOnCpu() {
        HorizontalPodAutoscaler hpa = only(HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(only(Deployment.class).getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "minReplicas " + hpa.getSpec().getMinReplicas());
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), "maxReplicas");
        MetricSpec metric = hpa.getSpec().getMetrics().get(0);
        assertEquals("cpu", metric.getResource().getName());
        assertEquals("Utilization", metric.getResource().getTarget().getType());
    }

    @Test
    void disruptionBudgetKeepsAReplicaServing() {
        PodDisruptionBudget pdb = only(PodDisruptionBudget.class);
        assertEquals(Map.of("app.kubernetes.io/name", APP), pdb.getSpec().getSelector().getMatchLabels());
        assertTrue(pdb.getSpec().getMinAvailable().getIntVal() >= 1, "minAvailable");
        assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < only(Deployment.class).getSpec().getReplicas(),
                "a budget that needs every replica would block every node drain");
    }

    private static Container container() {
        List<Container> containers = only(Deployment.class).getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "no probe for " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(8080, probe.getHttpGet().getPort().getIntVal());
    }

    private static long bytes(Quantity quantity) {
        assertNotNull(quantity);
        return Quantity.getAmountInBytes(quantity).longValueExact();
    }

    private static <T extends HasMetadata> T only(Class<T> kind) {
        List<T> matches = resources.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, matches.size(), "one " + kind.getSimpleName() + " expected in " + MANIFEST);
        return matches.get(0);
    }
}
