package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Test;
import org.knotwork.handout.HandoutPreferences;
import org.w3c.dom.Element;

/**
 * The container offers a persistence provider a temporary class loader and takes class transformers from it, as
 * Payara does. Hibernate on its default settings takes the offer and registers one, which fails Knotwork's
 * deployment on Payara; Knotwork's provider must build the unit without registering any.
 */
class UnenhancedHibernateProviderTest {

    @Test
    void buildsTheUnitOnDefaultSettingsWithoutRegisteringAClassTransformer() {
        ContainerUnit unit = new ContainerUnit();

        EntityManagerFactory factory = build(new UnenhancedHibernateProvider(), unit);
        try {
            assertThat(factory.getMetamodel().entity(HandoutPreferences.class).getName())
                    .isEqualTo("HandoutPreferences");
        } finally {
            factory.close();
        }
        assertThat(unit.transformers).isEmpty();
    }

    @Test
    void hibernateOnItsOwnRegistersOneWhenOfferedATemporaryLoader() {
        ContainerUnit unit = new ContainerUnit();

        build(new HibernatePersistenceProvider(), unit).close();

        assertThat(unit.transformers).hasSize(1);
    }

    @Test
    void theUnitNamesKnotworksProviderAndNoEnhancementSetting() throws Exception {
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            Element unit = (Element) DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(xml)
                    .getElementsByTagName("persistence-unit")
                    .item(0);
            assertThat(unit.getElementsByTagName("provider").item(0).getTextContent())
                    .isEqualTo(UnenhancedHibernateProvider.class.getName());
            for (int i = 0; i < unit.getElementsByTagName("property").getLength(); i++) {
                assertThat(((Element) unit.getElementsByTagName("property").item(i)).getAttribute("name"))
                        .doesNotStartWith("hibernate.enhancer.");
            }
        }
    }

    /** Built as the container builds it; the dialect is named so that no database is needed to boot. */
    private static EntityManagerFactory build(PersistenceProvider provider, PersistenceUnitInfo unit) {
        return provider.createContainerEntityManagerFactory(
                unit,
                Map.of(
                        "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
                        "hibernate.boot.allow_jdbc_metadata_access", "false",
                        "hibernate.transaction.jta.platform",
                                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform"));
    }

    /** One entity's unit, offered the way Payara offers it: with a temporary loader, collecting transformers. */
    private static final class ContainerUnit implements PersistenceUnitInfo {

        final List<ClassTransformer> transformers = new ArrayList<>();

        @Override
        public ClassLoader getNewTempClassLoader() {
            return new URLClassLoader(new URL[0], getClassLoader());
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            transformers.add(transformer);
        }

        @Override
        public String getPersistenceUnitName() {
            return "knotwork-test";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return UnenhancedHibernateProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return null;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return List.of(HandoutPreferences.class.getName());
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return UnenhancedHibernateProviderTest.class.getClassLoader();
        }
    }
}
