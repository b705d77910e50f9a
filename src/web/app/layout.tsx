import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FundOutlined,
  HomeOutlined,
  ImportOutlined,
  LineChartOutlined,
  LogoutOutlined,
  PhoneOutlined,
  SafetyOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Layout, Menu, Space, Tooltip, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../domain/auth/permissions';
import { structureMessages } from '../beds/structure-messages';
import { meKey, useLogout, useSetLocale } from '../platform/auth.resource';
import { setAuthHandlers } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { realtime, useRealtimeConnected } from '../shared/realtime';
import { useSession } from '../shared/session';

export function AppLayout() {
  const { me, loading, can, refresh } = useSession();
  const { t, lang, locale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const live = useRealtimeConnected();
  const setLocale = useSetLocale();
  const endSession = useLogout();

  useEffect(() => {
    setAuthHandlers({
      unauthenticated: () => {
        client.setQueryData(meKey, null);
        navigate('/login', { replace: true });
      },
      passwordChange: () => navigate('/password', { replace: true }),
    });
  }, [client, navigate]);

  useEffect(() => {
    if (!me) return;
    realtime.start();
    return () => realtime.stop();
  }, [me]);

  if (loading) return <Loading />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.mustChangePassword) return <Navigate to="/password" replace />;

  const items = [
    can('case.read') && { key: '/', icon: <CalendarOutlined />, label: t('app.menu.board') },
    can('patient.read') && { key: '/patients', icon: <UserOutlined />, label: t('app.menu.patients') },
    can('observation.read') && { key: '/wards', icon: <AlertOutlined />, label: t('app.menu.ward') },
    can('beds.read') && { key: '/beds', icon: <HomeOutlined />, label: t('beds.board.menu') },
    can('beds.statistics') && {
      key: '/beds/statistics',
      icon: <LineChartOutlined />,
      label: t('beds.stats.menu'),
    },
    can('followup.work') && { key: '/followup', icon: <PhoneOutlined />, label: t('app.menu.followup') },
    can('observation.read') && {
      key: '/overview',
      icon: <DashboardOutlined />,
      label: t('app.menu.overview'),
    },
    can('assessment.read') && {
      key: '/worklists',
      icon: <SolutionOutlined />,
      label: t('app.menu.assessment'),
    },
    can('user.read') && { key: '/admin/users', icon: <TeamOutlined />, label: t('app.menu.users') },
    can('security.policy') && {
      key: '/admin/security',
      icon: <SafetyOutlined />,
      label: t('app.menu.security'),
    },
    can('device.admin') && { key: '/admin/devices', icon: <ApiOutlined />, label: t('app.menu.devices') },
    can('beds.structure') && {
      key: '/admin/beds',
      icon: <ApartmentOutlined />,
      label: structureMessages['structure.menu'][locale],
    },
    can('dictionary.manage') && {
      key: '/admin/dictionary',
      icon: <BookOutlined />,
      label: t('app.menu.dictionary'),
    },
    can('report.read') && { key: '/reports/ews', icon: <BarChartOutlined />, label: t('app.menu.ewsReport') },
    can('quality.read') && { key: '/quality', icon: <FundOutlined />, label: t('qc.menu') },
    can('history.import') && {
      key: '/imports/history',
      icon: <ImportOutlined />,
      label: t('historyImport.menu'),
    },
    can('audit.read') && { key: '/audit', icon: <AuditOutlined />, label: t('app.menu.audit') },
  ].filter((i) => !!i);
  // The longest matching key only: on /beds/statistics the statistics item, not also /beds.
  const matching = items
    .map((i) => i.key)
    .filter((k) =>
      k === '/'
        ? location.pathname === '/' || location.pathname.startsWith('/cases')
        : location.pathname.startsWith(k),
    );
  const longest = Math.max(0, ...matching.map((k) => k.length));
  const selected = matching.filter((k) => k.length === longest);

  const switchLanguage = async () => {
    const next = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    localStorage.setItem('periop.locale', next);
    await setLocale.mutateAsync(next);
    await refresh();
  };
  const logout = async () => {
    await endSession();
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={168} theme="dark" breakpoint="lg" collapsedWidth={56}>
        <div
          style={{
            color: '#fff',
            padding: '14px 16px',
            fontWeight: 600,
            fontSize: 16,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          Periop
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected}
          items={items}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            height: 48,
          }}
        >
          <Typography.Text strong>{t('app.title')}</Typography.Text>
          <Space size="middle">
            <Tooltip title={live ? t('app.live.connected') : t('app.live.disconnected')}>
              <Badge status={live ? 'success' : 'default'} />
            </Tooltip>
            <span data-testid="app-user">
              {me.displayName}（{ROLE_LABELS[me.role][lang]}）
            </span>
            <Button size="small" onClick={switchLanguage}>
              {t('app.language')}
            </Button>
            <Button size="small" icon={<LogoutOutlined />} onClick={logout}>
              {t('app.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
