package org.knotwork.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Hibernate as the container's persistence provider, on its default settings, without run-time bytecode enhancement.
 *
 * <p>Hibernate 6.6 deprecates switching enhancement off ({@code hibernate.enhancer.enableDirtyTracking} and
 * {@code enableLazyInitialization}, HHH90000029) and, with them left at their defaults, asks the container for a
 * temporary class loader and registers a class transformer on the application's loader. On Payara that transformer is
 * itself loaded through the loader it transforms and recurses: the deployment fails with a
 * {@code ClassCircularityError} (Payara issue 6248). Hibernate sets enhancement up only when the container offers a
 * temporary class loader ({@code PersistenceUnitInfoDescriptor.pushClassTransformer}), so this provider offers none.
 * The entities are then used as they are compiled, as they always have been here; everything else the container
 * gives is passed through unchanged.
 */
public class UnenhancedHibernateProvider extends HibernatePersistenceProvider {

    @Override
    @SuppressWarnings("rawtypes")
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        return super.createContainerEntityManagerFactory(new WithoutTemporaryLoader(info), properties);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void generateSchema(PersistenceUnitInfo info, Map map) {
        super.generateSchema(new WithoutTemporaryLoader(info), map);
    }

    /** The container's description of the unit, except that it has no temporary class loader to give. */
    static final class WithoutTemporaryLoader implements PersistenceUnitInfo {

        private final PersistenceUnitInfo unit;

        WithoutTemporaryLoader(PersistenceUnitInfo unit) {
            this.unit = unit;
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            throw new IllegalStateException("Knotwork's entities are not enhanced at run time (see "
                    + UnenhancedHibernateProvider.class.getSimpleName() + "), yet a class transformer was offered");
        }

        @Override
        public String getPersistenceUnitName() {
            return unit.getPersistenceUnitName();
        }

        @Override
        public String getPersistenceProviderClassName() {
            return unit.getPersistenceProviderClassName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return unit.getTransactionType();
        }

        @Override
        public DataSource getJtaDataSource() {
            return unit.getJtaDataSource();
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return unit.getNonJtaDataSource();
        }

        @Override
        public List<String> getMappingFileNames() {
            return unit.getMappingFileNames();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return unit.getJarFileUrls();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return unit.getPersistenceUnitRootUrl();
        }

        @Override
        public List<String> getManagedClassNames() {
            return unit.getManagedClassNames();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return unit.excludeUnlistedClasses();
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return unit.getSharedCacheMode();
        }

        @Override
        public ValidationMode getValidationMode() {
            return unit.getValidationMode();
        }

        @Override
        public Properties getProperties() {
            return unit.getProperties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return unit.getPersistenceXMLSchemaVersion();
        }

        @Override
        public ClassLoader getClassLoader() {
            return unit.getClassLoader();
        }
    }
}
